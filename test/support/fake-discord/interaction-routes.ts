/** Interaction callbacks and the interaction webhook (edit original, follow-ups). */
import { InteractionResponseType } from "discord-api-types/v10";
import { DEFAULT_CHANNEL_ID, buildMessage, isRecord } from "./entities.ts";
import { NO_CONTENT, answerError, param } from "./route-table.ts";
import type { Route, RouteInput } from "./route-table.ts";
import type { FakeResponse } from "./types.ts";
import { FormErrors } from "./discord-error.ts";
import { validateInteractionCallback } from "./validate-callback.ts";
import { ALLOWED_FLAGS, checkMessage } from "./validate-message.ts";

const ALREADY_ACKNOWLEDGED = 40060;
const UNKNOWN_MESSAGE = 10008;

/** Callback types that create the `@original` message, so later edits and fetches find it. */
const CREATES_ORIGINAL: ReadonlySet<number> = new Set([
  InteractionResponseType.ChannelMessageWithSource,
  InteractionResponseType.DeferredChannelMessageWithSource,
  InteractionResponseType.UpdateMessage,
  InteractionResponseType.DeferredMessageUpdate,
]);

function answerCallback(input: RouteInput): FakeResponse {
  const [interactionId = "", token = ""] = input.params;
  const { state } = input;
  if (state.acknowledged.has(interactionId)) {
    return answerError(400, ALREADY_ACKNOWLEDGED, "Interaction has already been acknowledged.");
  }
  state.acknowledged.add(interactionId);
  const body = isRecord(input.body) ? input.body : {};
  const type = typeof body["type"] === "number" ? body["type"] : -1;
  const message = buildMessage({
    id: state.nextId(),
    channelId: DEFAULT_CHANNEL_ID,
    author: state.botUser,
    body: body["data"],
  });
  if (CREATES_ORIGINAL.has(type)) state.originals.set(token, message);
  if (input.query["with_response"] !== "true") return NO_CONTENT;
  return {
    status: 200,
    body: {
      interaction: {
        id: interactionId,
        type: 2,
        response_message_id: message.id,
        response_message_loading: type === InteractionResponseType.DeferredChannelMessageWithSource,
        response_message_ephemeral: false,
      },
      resource: CREATES_ORIGINAL.has(type) ? { type, message } : { type },
    },
  };
}

function answerOriginal(input: RouteInput, method: string): FakeResponse {
  const token = param(input, 1);
  const messageId = param(input, 2);
  const original = input.state.originals.get(token);
  if (messageId !== "@original" || original === undefined) {
    return answerError(404, UNKNOWN_MESSAGE, "Unknown Message");
  }
  if (method === "DELETE") {
    input.state.originals.delete(token);
    return NO_CONTENT;
  }
  if (method === "GET") return { status: 200, body: original };
  const edited = buildMessage({
    id: original.id,
    channelId: original.channel_id,
    author: original.author,
    body: { ...original, ...(isRecord(input.body) ? input.body : {}) },
  });
  input.state.originals.set(token, edited);
  return { status: 200, body: edited };
}

function answerFollowUp(input: RouteInput): FakeResponse {
  const message = buildMessage({
    id: input.state.nextId(),
    channelId: DEFAULT_CHANNEL_ID,
    author: input.state.botUser,
    body: input.body,
  });
  return { status: 200, body: message };
}

function validateOriginalEdit(input: RouteInput): FormErrors {
  const errors = new FormErrors();
  checkMessage(errors, [], input.body, {
    isCreation: false,
    allowedFlags: ALLOWED_FLAGS.webhookEdit,
    files: input.files,
  });
  return errors;
}

function validateFollowUp(input: RouteInput): FormErrors {
  const errors = new FormErrors();
  checkMessage(errors, [], input.body, {
    isCreation: true,
    allowedFlags: ALLOWED_FLAGS.followUp,
    files: input.files,
  });
  return errors;
}

const WEBHOOK_MESSAGE = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/;

export const INTERACTION_ROUTES: readonly Route[] = [
  {
    method: "POST",
    pattern: /^\/interactions\/(\d+)\/([^/]+)\/callback$/,
    answer: answerCallback,
    validate: (input) => validateInteractionCallback(input.body),
  },
  { method: "GET", pattern: WEBHOOK_MESSAGE, answer: (input) => answerOriginal(input, "GET") },
  {
    method: "PATCH",
    pattern: WEBHOOK_MESSAGE,
    answer: (input) => answerOriginal(input, "PATCH"),
    validate: validateOriginalEdit,
  },
  {
    method: "DELETE",
    pattern: WEBHOOK_MESSAGE,
    answer: (input) => answerOriginal(input, "DELETE"),
  },
  {
    method: "POST",
    pattern: /^\/webhooks\/(\d+)\/([^/]+)$/,
    answer: answerFollowUp,
    validate: validateFollowUp,
  },
];
