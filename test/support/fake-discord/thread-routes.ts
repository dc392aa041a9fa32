/**
 * Starting a thread on a message, from discord/discord-api-docs developers/resources/channel.mdx
 * "Start Thread from Message": name 1–100, auto_archive_duration one of 60, 1440, 4320, 10080,
 * rate_limit_per_user 0–21600; the thread's id is the message's, so a message has at most one
 * thread (opcodes-and-status-codes.mdx: 160004 "A thread has already been created for this
 * message"). Messages in the thread go through `POST /channels/:id/messages` like any channel's.
 */
import { ChannelType } from "discord-api-types/v10";
import { isRecord } from "./entities.ts";
import { FormErrors, checkString } from "./discord-error.ts";
import { answerError, param } from "./route-table.ts";
import type { Route, RouteInput } from "./route-table.ts";
import type { FakeResponse } from "./types.ts";

const THREAD_ALREADY_CREATED = 160004;
const ARCHIVE_MINUTES: ReadonlySet<unknown> = new Set([60, 1440, 4320, 10080]);
const SLOWMODE_MAX = 21_600;

function validateStart(input: RouteInput): FormErrors {
  const errors = new FormErrors();
  const body = isRecord(input.body) ? input.body : {};
  if (!isRecord(input.body)) errors.add([], "DICT_TYPE_CONVERT", "Only dictionaries may be used");
  checkString(errors, ["name"], body["name"], { min: 1, max: 100, isRequired: true });
  const archive = body["auto_archive_duration"];
  if (archive !== undefined && !ARCHIVE_MINUTES.has(archive))
    errors.add(
      ["auto_archive_duration"],
      "BASE_TYPE_CHOICES",
      "Value must be one of {60, 1440, 4320, 10080}.",
    );
  const slowmode = body["rate_limit_per_user"];
  if (
    slowmode !== undefined &&
    slowmode !== null &&
    (typeof slowmode !== "number" ||
      !Number.isInteger(slowmode) ||
      slowmode < 0 ||
      slowmode > SLOWMODE_MAX)
  )
    errors.add(
      ["rate_limit_per_user"],
      "NUMBER_TYPE_MAX",
      `Value must be between 0 and ${SLOWMODE_MAX}.`,
    );
  return errors;
}

function answerStart(input: RouteInput): FakeResponse {
  const channelId = param(input, 0);
  const messageId = param(input, 1);
  if (input.state.threads.has(messageId))
    return answerError(
      400,
      THREAD_ALREADY_CREATED,
      "A thread has already been created for this message",
    );
  const name =
    isRecord(input.body) && typeof input.body["name"] === "string" ? input.body["name"] : "";
  input.state.threads.set(messageId, { parentId: channelId, name });
  return {
    status: 201,
    body: {
      id: messageId,
      type: ChannelType.PublicThread,
      parent_id: channelId,
      name,
      owner_id: input.state.botUser.id,
      message_count: 0,
      member_count: 1,
      thread_metadata: {
        archived: false,
        auto_archive_duration: isRecord(input.body)
          ? (input.body["auto_archive_duration"] ?? 4320)
          : 4320,
        archive_timestamp: "2026-01-01T00:00:00.000Z",
        locked: false,
      },
    },
  };
}

export const THREAD_ROUTES: readonly Route[] = [
  {
    method: "POST",
    pattern: /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/,
    answer: answerStart,
    validate: validateStart,
  },
];
