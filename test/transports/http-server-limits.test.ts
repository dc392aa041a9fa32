/**
 * The HTTP server's bounds over real sockets on 127.0.0.1 (issue 13 #1 and #8): unsigned uploads
 * refused unread, slow heads cut off, load shed with 503, and a close that idle clients cannot hold.
 */
import { connect, type Socket } from "node:net";
import { InteractionResponseType, InteractionType } from "discord-api-types/v10";
import { afterEach, describe, expect, it } from "vitest";
import { createHttpHandler, type HttpHandler } from "../../src/transports/http.ts";
import {
  DEFAULT_HTTP_LIMITS,
  startHttpServer,
  type HttpServerOptions,
  type RunningHttpServer,
} from "../../src/transports/http-server.ts";
import { parsePublicKey } from "../../src/transports/http-verify.ts";
import { NOW_MILLISECONDS, buildSignedRequest, createTestKeys } from "./signing.ts";

const keys = createTestKeys();
const quiet = { warn: () => undefined, error: () => undefined };
const running: RunningHttpServer[] = [];

function createHandler(answer: () => Promise<void> = async () => undefined): HttpHandler {
  const publicKey = parsePublicKey(keys.publicKeyHex);
  if (!publicKey.ok) throw new Error(publicKey.error);
  return createHttpHandler({
    publicKey: publicKey.value,
    now: () => NOW_MILLISECONDS,
    logger: quiet,
    handleInteraction: async () => {
      await answer();
      return { response: { type: InteractionResponseType.DeferredMessageUpdate } };
    },
  });
}

async function start(options: Partial<HttpServerOptions> = {}): Promise<RunningHttpServer> {
  const server = await startHttpServer({
    handler: createHandler(),
    port: 0,
    host: "127.0.0.1",
    logger: quiet,
    ...options,
  });
  running.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

/** A raw socket: writes what it is given and collects what comes back until the server closes. */
async function open(
  server: RunningHttpServer,
): Promise<{ socket: Socket; closed: Promise<string> }> {
  const socket = connect(Number(new URL(server.url).port), "127.0.0.1");
  await new Promise<void>((resolve) => socket.once("connect", resolve));
  const chunks: Buffer[] = [];
  socket.on("data", (chunk: Buffer) => chunks.push(chunk));
  socket.on("error", () => undefined);
  const closed = new Promise<string>((resolve) =>
    socket.once("close", () => resolve(Buffer.concat(chunks).toString("utf8"))),
  );
  return { socket, closed };
}

const COMMAND = JSON.stringify({
  type: InteractionType.ApplicationCommand,
  id: "9",
  application_id: "1",
  token: "t",
  version: 1,
  data: { name: "who", type: 1 },
});

function signedHead(body: string, contentLength: number): string {
  const headers = buildSignedRequest(keys.privateKey, body).headers;
  return [
    "POST /interactions HTTP/1.1",
    "Host: x",
    `x-signature-ed25519: ${headers["x-signature-ed25519"] ?? ""}`,
    `x-signature-timestamp: ${headers["x-signature-timestamp"] ?? ""}`,
    `content-length: ${contentLength}`,
    "",
    "",
  ].join("\r\n");
}

describe("HTTP server bounds", () => {
  it("keeps every default bound far inside what Discord needs", () => {
    expect(DEFAULT_HTTP_LIMITS.maxBodyBytes).toBeLessThanOrEqual(128 * 1024);
    expect(DEFAULT_HTTP_LIMITS.headersTimeoutMs).toBeLessThanOrEqual(10_000);
    expect(DEFAULT_HTTP_LIMITS.requestTimeoutMs).toBeLessThanOrEqual(30_000);
    expect(DEFAULT_HTTP_LIMITS.maxConnections).toBeGreaterThan(0);
  });

  it("refuses an upload without signature headers at once, without waiting for its body", async () => {
    const server = await start();
    const { socket, closed } = await open(server);
    // Declares 100 KB and sends none of it: the answer must not wait for the body.
    socket.write("POST /interactions HTTP/1.1\r\nHost: x\r\ncontent-length: 100000\r\n\r\n");
    expect(await closed).toMatch(/^HTTP\/1\.1 401 /);
  });

  it("refuses malformed signature headers the same way", async () => {
    const server = await start();
    const { socket, closed } = await open(server);
    socket.write(
      "POST / HTTP/1.1\r\nHost: x\r\nx-signature-ed25519: zz\r\nx-signature-timestamp: soon\r\ncontent-length: 5000\r\n\r\n",
    );
    expect(await closed).toMatch(/^HTTP\/1\.1 401 /);
  });

  it("cuts off a client that sends its head a byte at a time (slowloris)", async () => {
    const server = await start({ headersTimeoutMs: 300, requestTimeoutMs: 600 });
    const { socket, closed } = await open(server);
    const head = "POST /interactions HTTP/1.1\r\nHost: x\r\nx-slow: ";
    let sent = 0;
    const drip = setInterval(() => {
      if (!socket.destroyed) socket.write(head[sent % head.length] ?? "a");
      sent += 1;
    }, 20);
    const reply = await closed;
    clearInterval(drip);
    expect(reply === "" || reply.startsWith("HTTP/1.1 408")).toBe(true);
    expect(sent).toBeLessThan(200);
  });

  it("sheds work over the in-flight bound with 503, before reading the body", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const server = await start({ handler: createHandler(() => gate), maxInFlight: 1 });
    const first = await open(server);
    first.socket.write(`${signedHead(COMMAND, COMMAND.length)}${COMMAND}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = await open(server);
    second.socket.write(`${signedHead(COMMAND, COMMAND.length)}${COMMAND}`);
    expect(await second.closed).toMatch(/^HTTP\/1\.1 503 /);
    release();
    first.socket.end();
    expect(await first.closed).toMatch(/^HTTP\/1\.1 200 /);
  });

  it("closes at once when clients hold idle or half-sent connections, and finishes work in flight", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const server = await start({
      handler: createHandler(() => gate),
      headersTimeoutMs: 60_000,
      requestTimeoutMs: 120_000,
    });
    const silent = await open(server);
    const halfSent = await open(server);
    halfSent.socket.write("POST /interactions HTTP/1.1\r\nHost: x\r\n");
    const working = await open(server);
    working.socket.write(`${signedHead(COMMAND, COMMAND.length)}${COMMAND}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = server.close();
    running.splice(running.indexOf(server), 1);
    expect(await silent.closed).toBe("");
    expect(await halfSent.closed).toBe("");
    release();
    expect(await working.closed).toMatch(/^HTTP\/1\.1 200 /);
    await closing;
  });

  it("drops a request that outlives the close grace", async () => {
    const server = await start({
      handler: createHandler(() => new Promise(() => undefined)),
      closeGraceMs: 100,
    });
    const stuck = await open(server);
    stuck.socket.write(`${signedHead(COMMAND, COMMAND.length)}${COMMAND}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    running.splice(running.indexOf(server), 1);
    await server.close();
    expect(await stuck.closed).toBe("");
  });
});
