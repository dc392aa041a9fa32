/** The REST half of the fake: records every request, applies faults, answers from the route table. */
import { flattenHeaders } from "../../../src/transports/http-server.ts";
import type { IncomingMessage, ServerResponse } from "node:http";
import { answerError } from "./route-table.ts";
import { INTERACTION_ROUTES } from "./interaction-routes.ts";
import { MESSAGE_ROUTES } from "./message-routes.ts";
import { OTHER_ROUTES } from "./other-routes.ts";
import type { FaultBoard } from "./faults.ts";
import { answerInvalidFormBody } from "./discord-error.ts";
import { readMultipart, type UploadedFile } from "./multipart.ts";
import { THREAD_ROUTES } from "./thread-routes.ts";
import type { FakeResponse, FakeState, RecordedRequest } from "./types.ts";

const API_PREFIX = "/api/v10";
const ROUTES = [...INTERACTION_ROUTES, ...MESSAGE_ROUTES, ...THREAD_ROUTES, ...OTHER_ROUTES];
/** Routes that discord.js calls without the bot token (`auth: false`). */
const UNAUTHENTICATED = /^\/(interactions|webhooks)\//;

export interface RestContext {
  readonly state: FakeState;
  readonly faults: FaultBoard;
  readonly record: (request: RecordedRequest) => void;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

function parseJson(text: string): unknown {
  try {
    return text === "" ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

function decodeRoute(path: string): string {
  const versionless = path.startsWith(API_PREFIX) ? path.slice(API_PREFIX.length) : path;
  return versionless.split("/").map(decodeURIComponent).join("/");
}

function answer(
  context: RestContext,
  method: string,
  route: string,
  fields: {
    query: Record<string, string>;
    body: unknown;
    headers: Record<string, string>;
    files: readonly UploadedFile[];
  },
): FakeResponse {
  const fault = context.faults.take(method, route);
  if (fault !== undefined) return fault;
  const { token } = context.state;
  if (
    token !== undefined &&
    !UNAUTHENTICATED.test(route) &&
    fields.headers["authorization"] !== `Bot ${token}`
  ) {
    return answerError(401, 0, "401: Unauthorized");
  }
  for (const candidate of ROUTES) {
    const match = candidate.method === method ? candidate.pattern.exec(route) : null;
    if (match !== null) {
      const input = {
        state: context.state,
        params: match.slice(1),
        query: fields.query,
        body: fields.body,
        headers: fields.headers,
        files: fields.files,
      };
      const errors = candidate.validate?.(input);
      if (errors !== undefined && !errors.isEmpty) return answerInvalidFormBody(errors);
      return candidate.answer(input);
    }
  }
  return answerError(404, 0, "404: Not Found");
}

/** Handles one HTTP request of the REST API. */
export async function handleRestRequest(
  context: RestContext,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const rawBytes = await readBody(request);
  const rawBody = rawBytes.toString("utf8");
  const url = new URL(request.url ?? "/", "http://127.0.0.1");
  const method = (request.method ?? "GET").toUpperCase();
  const route = decodeRoute(url.pathname);
  const headers = flattenHeaders(request);
  const query = Object.fromEntries(url.searchParams);
  const multipart = readMultipart(headers["content-type"], rawBytes);
  const body = multipart === undefined ? parseJson(rawBody) : multipart.payload;
  const files = multipart?.files ?? [];
  const result = answer(context, method, route, { query, body, headers, files });
  context.record({
    method,
    path: url.pathname,
    route,
    query,
    headers,
    body,
    rawBody,
    files,
    status: result.status,
    response: result.body,
  });
  const payload = result.body === undefined ? "" : JSON.stringify(result.body);
  response.writeHead(result.status, {
    ...(payload === "" ? {} : { "Content-Type": "application/json" }),
    ...result.headers,
  });
  response.end(payload);
}
