/** Reads a response body up to a byte limit, stopping the transfer as soon as it is passed. */
import type { IncomingMessage } from "node:http";
import type { Result } from "../model/result.ts";
import { fail, ok } from "../model/result.ts";

export async function readBody(
  response: IncomingMessage,
  maxBytes: number,
): Promise<Result<Uint8Array, "too-large">> {
  const declared = Number(response.headers["content-length"] ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    return fail("too-large");
  }
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of response) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    length += buffer.length;
    if (length > maxBytes) {
      response.destroy();
      return fail("too-large");
    }
    chunks.push(buffer);
  }
  return ok(new Uint8Array(Buffer.concat(chunks, length)));
}
