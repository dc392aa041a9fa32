/**
 * Message body rules, written from discord/discord-api-docs:
 * - developers/resources/message.mdx: "Create Message" (content up to 2,000, up to 10 embeds,
 *   allowed flags), "Edit Message", "Allowed Mentions Object" (`parse` is mutually exclusive with
 *   `users` / `roles`, each at most 100 ids), attachment `description` up to 1,024;
 * - developers/resources/webhook.mdx: "Execute Webhook" (one of content, embeds, components, file
 *   or poll) and "Edit Webhook Message" (only SUPPRESS_EMBEDS and IS_COMPONENTS_V2);
 * - developers/interactions/receiving-and-responding.mdx for the callback's message flags.
 * Embeds and components have files of their own; polls and attachments are in validate-poll.ts.
 */
import { MessageFlags } from "discord-api-types/v10";
import { isRecord } from "./entities.ts";
import { checkArray, checkString } from "./discord-error.ts";
import type { FieldPath, FormErrors } from "./discord-error.ts";
import { checkEmbeds } from "./validate-embeds.ts";
import { checkMessageComponents } from "./validate-components.ts";
import type { UploadedFile } from "./multipart.ts";
import { checkAttachments, checkPoll } from "./validate-poll.ts";

export const MAX_CONTENT = 2_000;
const MENTION_TYPES: ReadonlySet<unknown> = new Set(["users", "roles", "everyone"]);
const MAX_MENTION_IDS = 100;

/** Which flags each endpoint lets a bot set, from the tables named above. */
export const ALLOWED_FLAGS = {
  callbackMessage:
    MessageFlags.SuppressEmbeds |
    MessageFlags.Ephemeral |
    MessageFlags.IsComponentsV2 |
    MessageFlags.IsVoiceMessage |
    MessageFlags.SuppressNotifications,
  deferredCallback: MessageFlags.Ephemeral,
  followUp:
    MessageFlags.SuppressEmbeds |
    MessageFlags.SuppressNotifications |
    MessageFlags.IsComponentsV2 |
    MessageFlags.Ephemeral,
  webhookEdit: MessageFlags.SuppressEmbeds | MessageFlags.IsComponentsV2,
  channelMessage:
    MessageFlags.SuppressEmbeds |
    MessageFlags.SuppressNotifications |
    MessageFlags.IsVoiceMessage |
    MessageFlags.IsComponentsV2,
} as const;

export interface MessageRules {
  /** Flags the endpoint accepts; absent means other bits are ignored (channel message edits). */
  readonly allowedFlags?: number;
  /** Creating a message needs something to show; an edit may change one field only. */
  readonly isCreation: boolean;
  /** The files of a multipart request, which `attachments` must name. */
  readonly files?: readonly UploadedFile[];
}

export function checkFlags(
  errors: FormErrors,
  path: FieldPath,
  value: unknown,
  allowed: number,
): void {
  if (value === undefined || value === null) return;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    errors.add(path, "NUMBER_TYPE_COERCE", `Value "${String(value)}" is not int.`);
  } else if ((value & ~allowed) !== 0) {
    errors.add(path, "MESSAGE_FLAGS_INVALID", `Only flags ${allowed} may be set here.`);
  }
}

function checkAllowedMentions(errors: FormErrors, path: FieldPath, value: unknown): void {
  if (value === undefined || value === null) return;
  if (!isRecord(value)) {
    errors.add(path, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
    return;
  }
  const parse = checkArray(errors, [...path, "parse"], value["parse"], { max: MENTION_TYPES.size });
  parse.forEach((type, index) => {
    if (!MENTION_TYPES.has(type)) {
      errors.add(
        [...path, "parse", index],
        "BASE_TYPE_CHOICES",
        "Value must be one of ('roles', 'users', 'everyone').",
      );
    }
  });
  for (const kind of ["users", "roles"] as const) {
    const ids = checkArray(errors, [...path, kind], value[kind], { max: MAX_MENTION_IDS });
    // Discord's example: parse ["users"] with a users list is refused; an empty list is not.
    if (parse.includes(kind) && ids.length > 0) {
      errors.add(
        [...path, "parse"],
        "SET_TYPE_ALREADY_CONTAINS_VALUE",
        `parse: "${kind}" cannot be used with ${kind}: [...]`,
      );
    }
    ids.forEach((id, index) => {
      if (typeof id !== "string" || !/^\d{1,20}$/.test(id)) {
        errors.add(
          [...path, kind, index],
          "NUMBER_TYPE_COERCE",
          `Value "${String(id)}" is not snowflake.`,
        );
      }
    });
  }
}

function hasSomethingToShow(body: Record<string, unknown>): boolean {
  const shown = ["content", "embeds", "components", "attachments", "sticker_ids"];
  return shown.some((key) => isFilled(body[key])) || isRecord(body["poll"]);
}

function isFilled(value: unknown): boolean {
  return (typeof value === "string" || Array.isArray(value)) && value.length > 0;
}

/** Checks one message body (a create, an edit, or a callback's `data`) under `path`. */
export function checkMessage(
  errors: FormErrors,
  path: FieldPath,
  body: unknown,
  rules: MessageRules,
): void {
  if (!isRecord(body)) {
    errors.add(path, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
    return;
  }
  checkString(errors, [...path, "content"], body["content"], { max: MAX_CONTENT });
  checkEmbeds(errors, [...path, "embeds"], body["embeds"]);
  const flags = typeof body["flags"] === "number" ? body["flags"] : 0;
  const isComponentsV2 = (flags & MessageFlags.IsComponentsV2) !== 0;
  checkMessageComponents(errors, [...path, "components"], body["components"], isComponentsV2);
  checkAllowedMentions(errors, [...path, "allowed_mentions"], body["allowed_mentions"]);
  if (rules.allowedFlags !== undefined)
    checkFlags(errors, [...path, "flags"], body["flags"], rules.allowedFlags);
  checkAttachments(errors, [...path, "attachments"], body["attachments"], rules.files ?? []);
  checkPoll(errors, [...path, "poll"], body["poll"], rules.isCreation);
  if (isComponentsV2 && (isFilled(body["content"]) || isFilled(body["embeds"]))) {
    errors.add(
      path,
      "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2",
      "The 'content' and 'embeds' fields cannot be used when using components v2",
    );
  }
  if (rules.isCreation && !hasSomethingToShow(body)) {
    errors.add(path, "MESSAGE_EMPTY", "Cannot send an empty message");
  }
}
