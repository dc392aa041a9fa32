import { request as sendRequest } from "node:http";
import { InteractionResponseType, InteractionType } from "discord-api-types/v10";
import type { APIInteraction } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpHandler } from "../../src/transports/http.ts";
import { startHttpServer } from "../../src/transports/http-server.ts";
import type { RunningHttpServer } from "../../src/transports/http-server.ts";
import { parsePublicKey } from "../../src/transports/http-verify.ts";
import { buildChatInputInteraction } from "../support/fake-discord/interactions.ts";
import { NOW_MILLISECONDS, buildSignedRequest, createTestKeys } from "./signing.ts";

const keys = createTestKeys();
const MAX_BODY_BYTES = 4096;
const delegated: APIInteraction[] = [];
let running: RunningHttpServer;

interface SocketResponse {
  readonly status: number;
  readonly contentType: string | undefined;
  readonly body: string;
}

/** Sends one request over a real socket; `body` is written as is. */
function send(
  method: string,
  path: string,
  headers: Record<string, string>,
  body = "",
): Promise<SocketResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = sendRequest(`${running.url}${path}`, { method, headers }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
      incoming.on("end", () =>
        resolve({
          status: incoming.statusCode ?? 0,
          contentType: incoming.headers["content-type"],
          body: Buffer.concat(chunks).toString("utf8"),
        }),
      );
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

function sendSigned(path: string, body: string): Promise<SocketResponse> {
  const headers = buildSignedRequest(keys.privateKey, body).headers;
  return send(
    "POST",
    path,
    {
      "content-type": "application/json",
      "x-signature-ed25519": headers["x-signature-ed25519"] ?? "",
      "x-signature-timestamp": headers["x-signature-timestamp"] ?? "",
    },
    body,
  );
}

beforeAll(async () => {
  const publicKey = parsePublicKey(keys.publicKeyHex);
  if (!publicKey.ok) throw new Error(publicKey.error);
  const logger = { warn: () => undefined, error: () => undefined };
  const handler = createHttpHandler({
    publicKey: publicKey.value,
    now: () => NOW_MILLISECONDS,
    logger,
    handleInteraction: (interaction) => {
      delegated.push(interaction);
      return Promise.resolve({
        response: {
          type: InteractionResponseType.ChannelMessageWithSource,
          data: { content: "over the socket", allowed_mentions: { parse: [] } },
        },
      });
    },
  });
  running = await startHttpServer({
    handler,
    port: 0,
    host: "127.0.0.1",
    logger,
    maxBodyBytes: MAX_BODY_BYTES,
  });
});

afterAll(async () => {
  await running.close();
});

describe("HTTP interactions server on 127.0.0.1", () => {
  it("answers a signed PING at / with PONG", async () => {
    const response = await sendSigned("/", JSON.stringify({ id: "1", type: InteractionType.Ping }));
    expect(response).toEqual({
      status: 200,
      contentType: "application/json",
      body: JSON.stringify({ type: InteractionResponseType.Pong }),
    });
  });

  it("delivers a signed command, read byte for byte, to the handler", async () => {
    const command = buildChatInputInteraction({ id: "1600000000000000009", token: "t" }, "summary");
    const response = await sendSigned("/interactions?source=test", JSON.stringify(command));
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ data: { content: "over the socket" } });
    expect(delegated.at(-1)).toEqual(command);
  });

  it("rejects an unsigned request with 401", async () => {
    const response = await send(
      "POST",
      "/interactions",
      { "content-type": "application/json" },
      '{"type":1}',
    );
    expect(response.status).toBe(401);
  });

  it("answers a health check", async () => {
    const response = await send("GET", "/healthz", {});
    expect([response.status, response.body]).toEqual([200, '{"status":"ok"}']);
  });

  it("refuses a body over the bound with 413, by declared length or by streamed size", async () => {
    const oversized = "x".repeat(MAX_BODY_BYTES + 1);
    // Well-formed signature headers: without them the request is refused before its body.
    const signature = buildSignedRequest(keys.privateKey, oversized).headers;
    const signed = {
      "x-signature-ed25519": signature["x-signature-ed25519"] ?? "",
      "x-signature-timestamp": signature["x-signature-timestamp"] ?? "",
    };
    const declared = await send(
      "POST",
      "/interactions",
      { ...signed, "content-length": String(oversized.length) },
      oversized,
    );
    const streamed = await send(
      "POST",
      "/interactions",
      { ...signed, "transfer-encoding": "chunked" },
      oversized,
    );
    expect([declared.status, streamed.status]).toEqual([413, 413]);
  });
});
