/** The node:http shell around the interactions handler: reads the raw body (bounded) and writes back. */
import { createServer } from "node:http";
import type { IncomingMessage, Server } from "node:http";
import type { AddressInfo } from "node:net";
import { MAX_BODY_BYTES } from "./http.ts";
import type { HttpHandler, HttpResponse } from "./http.ts";
import type { InteractionLogger } from "../interactions/interaction-plan.ts";

export interface HttpServerOptions {
  readonly handler: HttpHandler;
  readonly port: number;
  /** Default 0.0.0.0, reachable behind a load balancer; tests pass 127.0.0.1. */
  readonly host?: string;
  readonly logger: Pick<InteractionLogger, "error">;
  readonly maxBodyBytes?: number;
}

export interface RunningHttpServer {
  readonly server: Server;
  /** e.g. `http://127.0.0.1:8080`, with the port the system chose when asked for 0. */
  readonly url: string;
  /** Stops accepting, lets requests in flight finish, then resolves. */
  close(): Promise<void>;
}

const TOO_LARGE: HttpResponse = {
  status: 413,
  headers: { "content-type": "application/json", connection: "close" },
  body: JSON.stringify({ error: "request body too large" }),
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

async function serve(options: HttpServerOptions, request: IncomingMessage): Promise<HttpResponse> {
  const rawBody = await readBoundedBody(request, options.maxBodyBytes ?? MAX_BODY_BYTES);
  if (rawBody === undefined) return TOO_LARGE;
  const path = new URL(request.url ?? "/", "http://localhost").pathname;
  return options.handler({
    method: request.method ?? "GET",
    path,
    headers: flattenHeaders(request),
    rawBody,
  });
}

export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const server = createServer((request, response) => {
    serve(options, request)
      .catch((error: unknown): HttpResponse => {
        options.logger.error({ transport: "http", err: error }, "http request failed");
        return {
          status: 500,
          headers: { "content-type": "application/json" },
          body: '{"error":"internal error"}',
        };
      })
      .then((answer) => {
        response
          .writeHead(answer.status, answer.headers)
          .end(answer.body, () => answer.afterSend?.());
        // An oversized body is left unread; drop the socket rather than drain it.
        if (answer === TOO_LARGE) request.destroy();
      });
  });
  const host = options.host ?? "0.0.0.0";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}
