/**
 * The HTTP interactions endpoint as a plain function: request in, response out. It verifies the
 * signature over the raw body before parsing anything, answers PING itself and hands every other
 * interaction to `handleInteraction`. It keeps no state between requests, so it scales out freely.
 */
import type { KeyObject } from "node:crypto";
import { InteractionResponseType, InteractionType } from "discord-api-types/v10";
import type { APIInteraction } from "discord-api-types/v10";
import type { InteractionLogger } from "../interactions/interaction-plan.ts";
import type { PlannedResponse } from "../interactions/run-plan.ts";
import { checkSignatureHeaders, verifyInteractionSignature } from "./http-verify.ts";

/**
 * The largest body taken. An interaction is a few KB; the biggest, a message command, carries one
 * message (≤ 4,000 characters of content, ≤ 6,000 of embeds: under 48 KB even at 4 bytes a
 * character). Anything bigger is not from Discord.
 */
export const MAX_BODY_BYTES = 128 * 1024;
const INTERACTION_PATHS: ReadonlySet<string> = new Set(["/", "/interactions"]);
const HEALTH_PATH = "/healthz";

export interface HttpRequest {
  readonly method: string;
  readonly path: string;
  /** Header names in lower case, as node:http gives them. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly rawBody: Uint8Array;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** Work that must wait until Discord has the response (editing a deferred reply). */
  readonly afterSend?: () => void;
}

export interface HttpHandlerDependencies {
  readonly publicKey: KeyObject;
  /** Milliseconds since the epoch; injected so tests sign with a fixed time. */
  readonly now: () => number;
  /** Plans once: the response for the body, and work to run once it is written (`afterSend`). */
  readonly handleInteraction: (interaction: APIInteraction) => Promise<PlannedResponse>;
  readonly logger: Pick<InteractionLogger, "warn" | "error">;
}

export type HttpHandler = (request: HttpRequest) => Promise<HttpResponse>;

/** What the server knows before it reads the body. */
export type HttpRequestHead = Omit<HttpRequest, "rawBody">;

function respondJson(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): HttpResponse {
  return {
    status,
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  };
}

function respondError(
  status: number,
  message: string,
  headers: Record<string, string> = {},
): HttpResponse {
  return respondJson(status, { error: message }, headers);
}

/** Only a JSON object with a numeric `type` can be an interaction; the rest is a client error. */
function parseInteraction(rawBody: Uint8Array): APIInteraction | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(rawBody).toString("utf8"));
    const isInteraction =
      typeof parsed === "object" &&
      parsed !== null &&
      typeof (parsed as { type?: unknown }).type === "number";
    // Signed by Discord and shaped like one, so trusted as the API type from here on.
    return isInteraction ? (parsed as APIInteraction) : undefined;
  } catch {
    return undefined;
  }
}

async function answerInteraction(
  request: HttpRequest,
  deps: HttpHandlerDependencies,
): Promise<HttpResponse> {
  if (request.rawBody.byteLength > MAX_BODY_BYTES)
    return respondError(413, "request body too large");
  const nowInSeconds = Math.floor(deps.now() / 1000);
  const signed = {
    signature: request.headers["x-signature-ed25519"],
    timestamp: request.headers["x-signature-timestamp"],
    rawBody: request.rawBody,
  };
  const verified = verifyInteractionSignature(signed, deps.publicKey, nowInSeconds);
  if (!verified.ok) {
    deps.logger.warn(
      { transport: "http", problem: verified.error },
      "rejected an unverified request",
    );
    return respondError(401, "invalid request signature");
  }
  const interaction = parseInteraction(request.rawBody);
  if (interaction === undefined) return respondError(400, "body is not an interaction");
  if (interaction.type === InteractionType.Ping)
    return respondJson(200, { type: InteractionResponseType.Pong });
  try {
    const { response, afterSend } = await deps.handleInteraction(interaction);
    const answer = respondJson(200, response);
    return afterSend === undefined ? answer : { ...answer, afterSend };
  } catch (error) {
    deps.logger.error(
      {
        transport: "http",
        err: error,
        interactionId: interaction.id,
        interactionType: interaction.type,
      },
      "interaction handler failed",
    );
    return respondError(500, "internal error");
  }
}

/**
 * A POST to the endpoint without well-formed signature headers is refused before its body is
 * read, so an unsigned upload costs no memory. The full check still runs on what gets through.
 */
export function refuseBeforeBody(head: HttpRequestHead): HttpResponse | undefined {
  if (!INTERACTION_PATHS.has(head.path) || head.method.toUpperCase() !== "POST") return undefined;
  const headers = checkSignatureHeaders(
    head.headers["x-signature-ed25519"],
    head.headers["x-signature-timestamp"],
  );
  return headers.ok
    ? undefined
    : respondError(401, "invalid request signature", { connection: "close" });
}

export function createHttpHandler(deps: HttpHandlerDependencies): HttpHandler {
  return async (request) => {
    const method = request.method.toUpperCase();
    if (request.path === HEALTH_PATH) {
      if (method === "GET" || method === "HEAD") return respondJson(200, { status: "ok" });
      return respondError(405, "method not allowed", { allow: "GET, HEAD" });
    }
    if (!INTERACTION_PATHS.has(request.path)) return respondError(404, "not found");
    if (method !== "POST") return respondError(405, "method not allowed", { allow: "POST" });
    return answerInteraction(request, deps);
  };
}
