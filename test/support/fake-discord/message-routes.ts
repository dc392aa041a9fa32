/** Channel messages: create and edit, checked like the interaction webhook's messages. */
import { DEFAULT_CHANNEL_ID, buildMessage, isRecord } from "./entities.ts";
import { FormErrors } from "./discord-error.ts";
import { answerError, param } from "./route-table.ts";
import type { Route, RouteInput } from "./route-table.ts";
import type { FakeResponse } from "./types.ts";
import { ALLOWED_FLAGS, checkMessage } from "./validate-message.ts";

const UNKNOWN_MESSAGE = 10008;

function validateCreate(input: RouteInput): FormErrors {
  const errors = new FormErrors();
  checkMessage(errors, [], input.body, {
    isCreation: true,
    allowedFlags: ALLOWED_FLAGS.channelMessage,
    files: input.files,
  });
  return errors;
}

/** message.mdx "Edit Message": flags other than the listed ones are ignored, not refused. */
function validateEdit(input: RouteInput): FormErrors {
  const errors = new FormErrors();
  checkMessage(errors, [], input.body, { isCreation: false, files: input.files });
  return errors;
}

function answerCreate(input: RouteInput): FakeResponse {
  const message = buildMessage({
    id: input.state.nextId(),
    channelId: param(input, 0) || DEFAULT_CHANNEL_ID,
    author: input.state.botUser,
    body: input.body,
  });
  input.state.channelMessages.set(message.id, message);
  return { status: 200, body: message };
}

function answerEdit(input: RouteInput): FakeResponse {
  const original = input.state.channelMessages.get(param(input, 1));
  if (original === undefined) return answerError(404, UNKNOWN_MESSAGE, "Unknown Message");
  const edited = buildMessage({
    id: original.id,
    channelId: original.channel_id,
    author: original.author,
    body: { ...original, ...(isRecord(input.body) ? input.body : {}) },
  });
  input.state.channelMessages.set(edited.id, edited);
  return { status: 200, body: edited };
}

export const MESSAGE_ROUTES: readonly Route[] = [
  {
    method: "POST",
    pattern: /^\/channels\/(\d+)\/messages$/,
    answer: answerCreate,
    validate: validateCreate,
  },
  {
    method: "PATCH",
    pattern: /^\/channels\/(\d+)\/messages\/(\d+)$/,
    answer: answerEdit,
    validate: validateEdit,
  },
];
