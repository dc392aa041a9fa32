/** The HTTP endpoint over a real socket under hostile requests; it keeps serving after each. */
import { InteractionResponseType, InteractionType } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpHandler } from "../../src/transports/http.ts";
import { startHttpServer, type RunningHttpServer } from "../../src/transports/http-server.ts";
import { parsePublicKey } from "../../src/transports/http-verify.ts";
import { createTestKeys, NOW_MILLISECONDS, NOW_SECONDS, signBody } from "../transports/signing.ts";

const keys = createTestKeys();
const PING = JSON.stringify({
  type: InteractionType.Ping,
  id: "1",
  application_id: "1",
  token: "t",
  version: 1,
});
let server: RunningHttpServer;

beforeAll(async () => {
  const publicKey = parsePublicKey(keys.publicKeyHex);
  if (!publicKey.ok) throw new Error(publicKey.error);
  const logger = { warn: () => undefined, error: () => undefined };
  const handler = createHttpHandler({
    publicKey: publicKey.value,
    now: () => NOW_MILLISECONDS,
    logger,
    handleInteraction: () => Promise.reject(new Error("no commands in this test")),
  });
  server = await startHttpServer({ handler, port: 0, host: "127.0.0.1", logger });
});
afterAll(() => server.close());

function post(body: string | Uint8Array, headers: Record<string, string>): Promise<Response> {
  return fetch(`${server.url}/interactions`, { method: "POST", headers, body });
}

const signed = (body: string, timestamp = NOW_SECONDS, contentType = "application/json") => ({
  "content-type": contentType,
  "x-signature-ed25519": signBody(keys.privateKey, timestamp, body),
  "x-signature-timestamp": timestamp,
});

async function expectStillServing(): Promise<void> {
  const response = await post(PING, signed(PING));
  expect(await response.json()).toEqual({ type: InteractionResponseType.Pong });
}

describe("HTTP endpoint under attack", () => {
  it.each([
    ["no body", () => post("", { "content-type": "application/json" }), 401],
    ["no body but valid-looking headers", () => post("", signed("x")), 401],
    ["a 10 MB body", () => post(new Uint8Array(10 * 1024 * 1024), signed("x")), 413],
    ["invalid JSON, signed", () => post("{nope", signed("{nope")), 400],
    [
      "a replayed request from ten minutes ago",
      () => post(PING, signed(PING, String(Number(NOW_SECONDS) - 600))),
      401,
    ],
    [
      "a valid signature over a different body",
      () => post(PING.replace('"1"', '"2"'), signed(PING)),
      401,
    ],
    [
      "an unsigned request with another content type",
      () => post(PING, { "content-type": "text/plain" }),
      401,
    ],
  ])("answers %s with %i and keeps serving", async (_, send, status) => {
    const response = await send().catch(() => null);
    // A 10 MB upload may see the socket closed once the 413 is written; either way it is refused.
    if (response !== null) expect(response.status).toBe(status);
    await expectStillServing();
  });

  it("trusts the signature, not the content type: a signed PING sent as text/plain gets PONG", async () => {
    const response = await post(PING, signed(PING, NOW_SECONDS, "text/plain"));
    expect(await response.json()).toEqual({ type: InteractionResponseType.Pong });
  });

  it("answers a command handler's crash with a generic 500 and keeps serving", async () => {
    const command = JSON.stringify({
      type: InteractionType.ApplicationCommand,
      id: "5",
      application_id: "1",
      token: "t",
      version: 1,
      data: { name: "who", type: 1 },
    });
    const response = await post(command, signed(command));
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain("no commands in this test");
    await expectStillServing();
  });

  it("serves many concurrent requests, good and bad mixed", async () => {
    const requests = Array.from({ length: 200 }, (_, i) =>
      i % 2 === 0 ? post(PING, signed(PING)) : post(PING, { "content-type": "application/json" }),
    );
    const statuses = (await Promise.all(requests)).map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(100);
    expect(statuses.filter((s) => s === 401)).toHaveLength(100);
  });
});
