/**
 * The node:http shell around the interactions handler: refuses what it can before reading, reads
 * the raw body (bounded), writes back, and bounds connections, time and work in flight.
 */
import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { InteractionLogger } from "../interactions/interaction-plan.ts";
import { MAX_BODY_BYTES, refuseBeforeBody } from "./http.ts";
import type { HttpHandler, HttpResponse } from "./http.ts";

/** Every bound, with the defaults below; tests shrink them to see each one act. */
export interface HttpLimits {
  readonly maxBodyBytes: number;
  /** Sockets beyond this are closed by node:http on arrival. */
  readonly maxConnections: number;
  /** Requests being answered at once; more are shed with 503 before their body is read. */
  readonly maxInFlight: number;
  /** The whole head must arrive within this: a client sending a byte at a time is cut off. */
  readonly headersTimeoutMs: number;
  readonly requestTimeoutMs: number;
  /** On close, requests in flight get this long before every connection is dropped. */
  readonly closeGraceMs: number;
}

/** Discord needs an answer within 3 s, so a request slower than 10 s is never worth waiting for. */
export const DEFAULT_HTTP_LIMITS: HttpLimits = Object.freeze({
  maxBodyBytes: MAX_BODY_BYTES,
  maxConnections: 1024,
  maxInFlight: 256,
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  closeGraceMs: 5_000,
});

export interface HttpServerOptions extends Partial<HttpLimits> {
  readonly handler: HttpHandler;
  readonly port: number;
  /** Default 0.0.0.0, reachable behind a load balancer; tests pass 127.0.0.1. */
  readonly host?: string;
  readonly logger: Pick<InteractionLogger, "error">;
}

export interface RunningHttpServer {
  readonly server: Server;
  /** e.g. `http://127.0.0.1:8080`, with the port the system chose when asked for 0. */
  readonly url: string;
  /** Stops accepting, drops idle connections, lets requests in flight finish, then resolves. */
  close(): Promise<void>;
}

const JSON_CLOSE = { "content-type": "application/json", connection: "close" };
const TOO_LARGE: HttpResponse = {
  status: 413,
  headers: JSON_CLOSE,
  body: JSON.stringify({ error: "request body too large" }),
};
const BUSY: HttpResponse = {
  status: 503,
  headers: { ...JSON_CLOSE, "retry-after": "1" },
  body: JSON.stringify({ error: "busy, try again" }),
};
const FAILED: HttpResponse = {
  status: 500,
  headers: { "content-type": "application/json" },
  body: '{"error":"internal error"}',
};

/** Resolves with the body, or with undefined as soon as it grows past `limit` bytes. */
async function readBoundedBody(
  request: IncomingMessage,
  limit: number,
): Promise<Buffer | undefined> {
  const declared = Number(request.headers["content-length"] ?? "0");
  if (declared > limit) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.from(chunk as Uint8Array);
    size += buffer.byteLength;
    if (size > limit) return undefined;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** node:http's headers as one string each (repeated ones joined), names in lower case. */
export function flattenHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}

async function serve(
  handler: HttpHandler,
  limits: HttpLimits,
  request: IncomingMessage,
): Promise<HttpResponse> {
  const head = {
    method: request.method ?? "GET",
    path: new URL(request.url ?? "/", "http://localhost").pathname,
    headers: flattenHeaders(request),
  };
  const refusal = refuseBeforeBody(head);
  if (refusal !== undefined) return refusal;
  const rawBody = await readBoundedBody(request, limits.maxBodyBytes);
  return rawBody === undefined ? TOO_LARGE : handler({ ...head, rawBody });
}

function write(request: IncomingMessage, response: ServerResponse, answer: HttpResponse): void {
  response.writeHead(answer.status, answer.headers).end(answer.body, () => answer.afterSend?.());
  // A refused body is left unread; drop the socket rather than drain it.
  if (answer.headers["connection"] === "close" && !request.complete) request.destroy();
}

export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const limits: HttpLimits = { ...DEFAULT_HTTP_LIMITS, ...withoutUndefined(options) };
  const busy = new Set<Socket>();
  const sockets = new Set<Socket>();
  let isClosing = false;
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      // node:http looks for overdue heads on this tick (30 s by default, far too lax for slowloris).
      connectionsCheckingInterval: Math.max(50, Math.min(1_000, limits.headersTimeoutMs / 4)),
    },
    (request, response) => {
      if (busy.size >= limits.maxInFlight) return write(request, response, BUSY);
      busy.add(request.socket);
      serve(options.handler, limits, request)
        .catch((error: unknown): HttpResponse => {
          options.logger.error({ transport: "http", err: error }, "http request failed");
          return FAILED;
        })
        .then((answer) => {
          write(request, response, answer);
          response.once("finish", () => {
            busy.delete(request.socket);
            if (isClosing) request.socket.destroySoon();
          });
        });
    },
  );
  server.maxConnections = limits.maxConnections;
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => (sockets.delete(socket), busy.delete(socket)));
  });
  const host = options.host ?? "0.0.0.0";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const close = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      isClosing = true;
      server.close((error) => (error ? reject(error) : resolve()));
      // Connections with no request being answered (idle, or a head still trickling in) go now.
      for (const socket of sockets) if (!busy.has(socket)) socket.destroy();
      setTimeout(() => server.closeAllConnections(), limits.closeGraceMs).unref();
    });
  return { server, url: `http://${host}:${port}`, close };
}

function withoutUndefined(options: Partial<HttpLimits>): Partial<HttpLimits> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}
