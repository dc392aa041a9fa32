import { InteractionResponseType, InteractionType, MessageFlags } from "discord-api-types/v10";
import type { APIInteraction, APIInteractionResponse } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES, createHttpHandler } from "../../src/transports/http.ts";
import type { HttpHandlerDependencies, HttpRequest } from "../../src/transports/http.ts";
import { parsePublicKey } from "../../src/transports/http-verify.ts";
import {
  buildAutocompleteInteraction,
  buildChatInputInteraction,
} from "../support/fake-discord/interactions.ts";
import { NOW_MILLISECONDS, NOW_SECONDS, buildSignedRequest, createTestKeys } from "./signing.ts";

const keys = createTestKeys();
const otherKeys = createTestKeys();
const PING = JSON.stringify({
  id: "1",
  application_id: "2",
  type: InteractionType.Ping,
  token: "t",
  version: 1,
});
const COMMAND = buildChatInputInteraction(
  { id: "1600000000000000001", token: "token-who" },
  "who",
  [{ name: "name", type: 3, value: "Miller" }],
);

interface LoggedLine {
  readonly level: "warn" | "error";
  readonly details: object;
  readonly message: string;
}

/** A handler whose delegate answers from `answer` and remembers what it was given. */
function setUp(answer: (interaction: APIInteraction) => Promise<APIInteractionResponse>) {
  const delegated: APIInteraction[] = [];
  const logged: LoggedLine[] = [];
  const publicKey = parsePublicKey(keys.publicKeyHex);
  if (!publicKey.ok) throw new Error(publicKey.error);
  const deps: HttpHandlerDependencies = {
    publicKey: publicKey.value,
    now: () => NOW_MILLISECONDS,
    handleInteraction: async (interaction) => {
      delegated.push(interaction);
      return { response: await answer(interaction) };
    },
    logger: {
      warn: (details, message) => logged.push({ level: "warn", details, message }),
      error: (details, message) => logged.push({ level: "error", details, message }),
    },
  };
  return { handle: createHttpHandler(deps), delegated, logged };
}

const replyWho = (): Promise<APIInteractionResponse> =>
  Promise.resolve({
    type: InteractionResponseType.ChannelMessageWithSource,
    data: { content: "Miller is a spokesperson (¶3)", allowed_mentions: { parse: [] } },
  });

const parseBody = (body: string): unknown => JSON.parse(body) as unknown;

describe("HTTP interactions handler", () => {
  it("answers PING with PONG without calling the command handler", async () => {
    const { handle, delegated } = setUp(replyWho);
    const response = await handle(buildSignedRequest(keys.privateKey, PING));
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe("application/json");
    expect(parseBody(response.body)).toEqual({ type: InteractionResponseType.Pong });
    expect(delegated).toEqual([]);
  });

  it("hands a signed slash command to handleInteraction and returns its response", async () => {
    const { handle, delegated } = setUp(replyWho);
    const response = await handle(buildSignedRequest(keys.privateKey, JSON.stringify(COMMAND)));
    expect(delegated).toEqual([COMMAND]);
    expect(response.status).toBe(200);
    expect(parseBody(response.body)).toEqual(await replyWho());
  });

  it("hands autocomplete requests over too, and returns the choices", async () => {
    const choices: APIInteractionResponse = {
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [{ name: "Matthew Miller", value: "Matthew Miller" }] },
    };
    const { handle, delegated } = setUp(() => Promise.resolve(choices));
    const autocomplete = buildAutocompleteInteraction(
      { id: "1600000000000000002", token: "t" },
      "who",
      [{ name: "name", type: 3, value: "Mil", focused: true }],
    );
    const response = await handle(
      buildSignedRequest(keys.privateKey, JSON.stringify(autocomplete)),
    );
    expect(delegated.map((interaction) => interaction.type)).toEqual([
      InteractionType.ApplicationCommandAutocomplete,
    ]);
    expect(parseBody(response.body)).toEqual(choices);
  });

  it.each([
    {
      case: "a tampered body",
      request: () => ({
        ...buildSignedRequest(keys.privateKey, PING),
        rawBody: Buffer.from(JSON.stringify(COMMAND)),
      }),
    },
    {
      case: "a signature by another key",
      request: () => buildSignedRequest(otherKeys.privateKey, PING),
    },
    {
      case: "no signature headers",
      request: () => ({ ...buildSignedRequest(keys.privateKey, PING), headers: {} }),
    },
    {
      case: "a timestamp ten minutes old",
      request: () => buildSignedRequest(keys.privateKey, PING, String(Number(NOW_SECONDS) - 600)),
    },
  ])("rejects $case with 401 before parsing or delegating", async ({ request }) => {
    const { handle, delegated, logged } = setUp(replyWho);
    const response = await handle(request());
    expect(response.status).toBe(401);
    expect(parseBody(response.body)).toEqual({ error: "invalid request signature" });
    expect(delegated).toEqual([]);
    expect(logged.map((line) => line.level)).toEqual(["warn"]);
  });

  it("rejects a signed body that is not JSON with 400", async () => {
    const { handle, delegated } = setUp(replyWho);
    const response = await handle(buildSignedRequest(keys.privateKey, "{not json"));
    expect([response.status, parseBody(response.body)]).toEqual([
      400,
      { error: "body is not an interaction" },
    ]);
    expect(delegated).toEqual([]);
  });

  it("rejects signed JSON without a numeric type with 400", async () => {
    const { handle } = setUp(replyWho);
    const response = await handle(buildSignedRequest(keys.privateKey, '{"type":"1"}'));
    expect(response.status).toBe(400);
  });

  it("refuses a body over the size bound with 413 without verifying it", async () => {
    const { handle, logged } = setUp(replyWho);
    const body = " ".repeat(MAX_BODY_BYTES + 1);
    const request: HttpRequest = {
      ...buildSignedRequest(keys.privateKey, PING),
      rawBody: Buffer.from(body),
    };
    expect((await handle(request)).status).toBe(413);
    expect(logged).toEqual([]);
  });

  it("answers 500 with a generic message and logs the error when the handler throws", async () => {
    const { handle, logged } = setUp(() => Promise.reject(new Error("secret internals")));
    const response = await handle(buildSignedRequest(keys.privateKey, JSON.stringify(COMMAND)));
    expect([response.status, parseBody(response.body)]).toEqual([500, { error: "internal error" }]);
    expect(response.body).not.toContain("secret internals");
    expect(logged).toEqual([
      expect.objectContaining({
        level: "error",
        details: expect.objectContaining({ interactionId: COMMAND.id }),
      }),
    ]);
  });

  it.each([
    { method: "GET", path: "/healthz", status: 200 },
    { method: "HEAD", path: "/healthz", status: 200 },
    { method: "POST", path: "/healthz", status: 405 },
    { method: "GET", path: "/interactions", status: 405 },
    { method: "GET", path: "/admin", status: 404 },
  ])("answers $method $path with $status", async ({ method, path, status }) => {
    const { handle } = setUp(replyWho);
    const response = await handle({ method, path, headers: {}, rawBody: Buffer.alloc(0) });
    expect(response.status).toBe(status);
  });

  it("passes an ephemeral response through unchanged", async () => {
    const ephemeral: APIInteractionResponse = {
      type: InteractionResponseType.ChannelMessageWithSource,
      data: {
        content: "Only you can see this",
        flags: MessageFlags.Ephemeral,
        allowed_mentions: { parse: [] },
      },
    };
    const { handle } = setUp(() => Promise.resolve(ephemeral));
    const response = await handle(buildSignedRequest(keys.privateKey, JSON.stringify(COMMAND)));
    expect(parseBody(response.body)).toEqual(ephemeral);
  });
});
