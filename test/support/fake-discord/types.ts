/** Shapes shared by the parts of the fake Discord used by the end-to-end tests. */
import type { APIMessage, APIUser } from "discord-api-types/v10";
import type { UploadedFile } from "./multipart.ts";

/** One REST request as the fake received it, with the answer it gave. */
export interface RecordedRequest {
  readonly method: string;
  /** The path as it arrived, without the query: `@original` stays `%40original`. */
  readonly path: string;
  /** The path after `/api/v10`, with each segment URL-decoded: `/webhooks/1/tok/messages/@original`. */
  readonly route: string;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string>>;
  /** The parsed JSON body (for a multipart request, its `payload_json`), or null when there was none or it was not JSON. */
  readonly body: unknown;
  readonly rawBody: string;
  /** The files of a multipart request, in the order sent. */
  readonly files: readonly UploadedFile[];
  readonly status: number;
  /** What the fake answered: a 400's body holds Discord's `errors` tree. */
  readonly response: unknown;
}

/** A request the fake answered 400 "Invalid Form Body", because Discord would have. */
export interface Refusal {
  readonly method: string;
  readonly route: string;
  readonly body: unknown;
  /** Discord's nested `errors` object. */
  readonly errors: unknown;
  /** One line per broken rule, e.g. `data.embeds.0.title: BASE_TYPE_BAD_LENGTH Must be ...`. */
  readonly reasons: readonly string[];
}

/** A canned answer for a REST call. */
export interface FakeResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Which requests a fault applies to: a method (any when absent) and a route pattern. */
export interface RouteMatcher {
  readonly method?: string;
  readonly route: RegExp | string;
}

export type FaultKind = "server-error" | "rate-limit" | "unknown-interaction";

export interface FaultOptions {
  /** How many matching requests fail before the route answers normally again; default 1. */
  readonly times?: number;
  /** For "rate-limit": seconds in `retry_after` and the `Retry-After` header; default 0.05. */
  readonly retryAfterSeconds?: number;
}

export interface FakeDiscordOptions {
  readonly applicationId?: string;
  readonly botUserId?: string;
  readonly guildIds?: readonly string[];
  /** When set, REST calls with a different `Authorization` and IDENTIFY with another token fail. */
  readonly token?: string;
  /** HELLO's heartbeat interval; short values let a test watch heartbeats happen. */
  readonly heartbeatIntervalMs?: number;
}

/** Everything the REST routes and the gateway share. */
export interface FakeState {
  readonly applicationId: string;
  readonly botUser: APIUser;
  /** Known once the server listens: `ws://127.0.0.1:PORT/gateway`. */
  gatewayUrl: string;
  readonly guildIds: readonly string[];
  readonly token: string | undefined;
  readonly heartbeatIntervalMs: number;
  /** Interaction ids that already got a callback, to answer a second one like Discord does. */
  readonly acknowledged: Set<string>;
  /** Pinned message ids per channel, oldest first. */
  readonly pins: Map<string, string[]>;
  /** The message behind each interaction token's `@original`. */
  readonly originals: Map<string, APIMessage>;
  /** Messages the bot created with `POST /channels/:id/messages`, by id. */
  readonly channelMessages: Map<string, APIMessage>;
  /** Threads started from a message, by thread id (which is the message's id, as on Discord). */
  readonly threads: Map<string, { readonly parentId: string; readonly name: string }>;
  /** The last bulk overwrite per scope: "global" or a guild id. */
  readonly commands: Map<string, readonly unknown[]>;
  nextId: () => string;
}
