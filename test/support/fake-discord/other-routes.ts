/** Gateway discovery, the bot's identity, pins and bulk command overwrites. */
import { buildMessage, buildUser } from "./entities.ts";
import { NO_CONTENT, answerError, param } from "./route-table.ts";
import type { Route, RouteInput } from "./route-table.ts";
import type { FakeResponse } from "./types.ts";
import { FormErrors, checkString } from "./discord-error.ts";
import { validateCommandList } from "./validate-command.ts";

/** Discord's cap on pins per channel, and the error it answers once a channel is full. */
export const MAX_PINS_PER_CHANNEL = 250;
const MAX_PINS_REACHED = 30003;

function answerGatewayBot(input: RouteInput): FakeResponse {
  return {
    status: 200,
    body: {
      url: input.state.gatewayUrl,
      shards: 1,
      // A large reset_after keeps discord.js from asking again within one test.
      session_start_limit: { total: 1000, remaining: 999, reset_after: 60_000, max_concurrency: 1 },
    },
  };
}

function answerApplication(input: RouteInput): FakeResponse {
  const { state } = input;
  return {
    status: 200,
    body: {
      id: state.applicationId,
      name: "Roundtable",
      flags: 0,
      bot_public: true,
      bot: state.botUser,
    },
  };
}

function answerPin(input: RouteInput, method: "PUT" | "DELETE"): FakeResponse {
  const channelId = param(input, 0);
  const messageId = param(input, 1);
  const pinned = (input.state.pins.get(channelId) ?? []).filter((id) => id !== messageId);
  if (method === "PUT") {
    if (pinned.length >= MAX_PINS_PER_CHANNEL) {
      return answerError(400, MAX_PINS_REACHED, "Maximum number of pins reached (250)");
    }
    pinned.push(messageId);
  }
  input.state.pins.set(channelId, pinned);
  return NO_CONTENT;
}

/** developers/resources/audit-log.mdx: the reason header holds 1-512 URL-encoded characters. */
function validatePin(input: RouteInput): FormErrors {
  const errors = new FormErrors();
  const reason = input.headers["x-audit-log-reason"];
  if (reason !== undefined) {
    checkString(errors, ["X-Audit-Log-Reason"], decodeURIComponent(reason), { min: 1, max: 512 });
  }
  return errors;
}

function listPinnedMessages(input: RouteInput) {
  const channelId = param(input, 0);
  const author = buildUser("1400000000000000002", "poster");
  return (input.state.pins.get(channelId) ?? [])
    .toReversed()
    .map((id) => buildMessage({ id, channelId, author, body: {}, isPinned: true }));
}

function answerPinList(input: RouteInput): FakeResponse {
  const items = listPinnedMessages(input).map((message) => ({
    pinned_at: message.timestamp,
    message,
  }));
  return { status: 200, body: { items, has_more: false } };
}

function answerBulkOverwrite(input: RouteInput, scope: string): FakeResponse {
  const commands = Array.isArray(input.body) ? input.body : [];
  const stored = commands.map((command: unknown) => ({
    ...(typeof command === "object" ? command : {}),
    id: input.state.nextId(),
    application_id: input.state.applicationId,
    version: input.state.nextId(),
    ...(scope === "global" ? {} : { guild_id: scope }),
  }));
  input.state.commands.set(scope, stored);
  return { status: 200, body: stored };
}

const GUILD_COMMANDS = /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/;
const GLOBAL_COMMANDS = /^\/applications\/(\d+)\/commands$/;
const PIN = /^\/channels\/(\d+)\/(?:messages\/)?pins\/(\d+)$/;

export const OTHER_ROUTES: readonly Route[] = [
  { method: "GET", pattern: /^\/gateway\/bot$/, answer: answerGatewayBot },
  {
    method: "GET",
    pattern: /^\/users\/@me$/,
    answer: (input) => ({ status: 200, body: input.state.botUser }),
  },
  { method: "GET", pattern: /^\/applications\/@me$/, answer: answerApplication },
  {
    method: "PUT",
    pattern: PIN,
    answer: (input) => answerPin(input, "PUT"),
    validate: validatePin,
  },
  { method: "DELETE", pattern: PIN, answer: (input) => answerPin(input, "DELETE") },
  { method: "GET", pattern: /^\/channels\/(\d+)\/messages\/pins$/, answer: answerPinList },
  {
    method: "GET",
    pattern: /^\/channels\/(\d+)\/pins$/,
    answer: (input) => ({ status: 200, body: listPinnedMessages(input) }),
  },
  {
    method: "PUT",
    pattern: GLOBAL_COMMANDS,
    answer: (input) => answerBulkOverwrite(input, "global"),
    validate: (input) => validateCommandList(input.body),
  },
  {
    method: "PUT",
    pattern: GUILD_COMMANDS,
    answer: (input) => answerBulkOverwrite(input, param(input, 1)),
    validate: (input) => validateCommandList(input.body),
  },
  {
    method: "GET",
    pattern: GLOBAL_COMMANDS,
    answer: (input) => ({ status: 200, body: input.state.commands.get("global") ?? [] }),
  },
  {
    method: "GET",
    pattern: GUILD_COMMANDS,
    answer: (input) => ({ status: 200, body: input.state.commands.get(param(input, 1)) ?? [] }),
  },
];
