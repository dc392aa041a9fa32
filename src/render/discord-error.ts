/** The private reply for an error: the user's message and, for bugs, an id to quote. */
import { MessageFlags, type APIInteractionResponseCallbackData } from "discord-api-types/v10";
import { renderInlinesDiscord } from "./inline.ts";
import { MESSAGE_CONTENT_MAX } from "./limits.ts";

const ERROR_PREFIX = "⚠️ ";
/** Error ids are made by us (a short random token); anything else in one is dropped. */
const ERROR_ID_UNSAFE = /[^A-Za-z0-9_-]/g;
const ERROR_ID_MAX = 64;

/**
 * An ephemeral message saying what went wrong. `message` is escaped (it may quote the user);
 * `errorId`, when given, is shown so the user can quote it and the log can be searched for it.
 */
export function renderErrorMessage(
  message: string,
  errorId?: string,
): APIInteractionResponseCallbackData {
  const cleanId = (errorId ?? "").replace(ERROR_ID_UNSAFE, "").slice(0, ERROR_ID_MAX);
  const idLine = cleanId === "" ? "" : `\nError id: \`${cleanId}\``;
  const room = MESSAGE_CONTENT_MAX - ERROR_PREFIX.length - idLine.length;
  const text = renderInlinesDiscord([{ text: message.trim(), style: "plain" }], room);
  return {
    content: `${ERROR_PREFIX}${text || "Something went wrong."}${idLine}`,
    allowed_mentions: { parse: [] },
    flags: MessageFlags.Ephemeral,
  };
}
