/** Reads what a member gave /library or "Add to library" out of Discord's payloads. */
import {
  ApplicationCommandOptionType,
  type APIApplicationCommandInteractionDataOption,
  type APIAttachment,
  type APIMessage,
  type APIModalSubmitInteraction,
} from "discord-api-types/v10";
import { PASTE_INPUT_ID_PREFIX, PASTE_INPUTS } from "../../render/library-messages.ts";
import type { LibrarySource } from "./library-port.ts";

export interface Subcommand {
  readonly name: string;
  readonly values: Readonly<Record<string, string>>;
  readonly focused: string | undefined;
}

/** `/library add url:…` → { name: "add", values: { url: "…" } }. */
export function readSubcommand(
  options: readonly APIApplicationCommandInteractionDataOption[] | undefined,
): Subcommand | null {
  const sub = options?.[0];
  if (sub?.type !== ApplicationCommandOptionType.Subcommand) return null;
  const values: Record<string, string> = {};
  let focused: string | undefined;
  for (const option of sub.options ?? []) {
    if ("value" in option) values[option.name] = String(option.value);
    if ("focused" in option && option.focused === true) focused = option.name;
  }
  return { name: sub.name, values, focused };
}

const READABLE_FILE = /\.(?:txt|md|markdown|html?)$/iu;
// Stops at whitespace and at the brackets Discord users wrap links in (<url>, (url)).
const FIRST_LINK = /https?:\/\/[^\s<>()]+/iu;

export function attachmentSource(attachment: APIAttachment): LibrarySource {
  return { kind: "file", fileName: attachment.filename, url: attachment.url };
}

/** The message's first readable attachment, else its first link; null when it has neither. */
export function sourceFromMessage(message: APIMessage): LibrarySource | null {
  const file = message.attachments.find((a) => READABLE_FILE.test(a.filename));
  if (file !== undefined) return attachmentSource(file);
  const link = FIRST_LINK.exec(message.content)?.[0];
  return link === undefined ? null : { kind: "url", url: link.replace(/[.,;:!?'"]+$/u, "") };
}

function collectInputs(node: unknown, into: Map<string, string>): void {
  if (typeof node !== "object" || node === null) return;
  if ("custom_id" in node && typeof node.custom_id === "string" && "value" in node) {
    if (typeof node.value === "string") into.set(node.custom_id, node.value);
    return;
  }
  const children =
    ("components" in node ? node.components : undefined) ??
    ("component" in node ? [node.component] : []);
  if (Array.isArray(children)) for (const child of children) collectInputs(child, into);
}

/** The pasted boxes joined in order; empty when nothing was pasted. */
export function readPastedText(interaction: APIModalSubmitInteraction): string {
  const values = new Map<string, string>();
  collectInputs({ components: interaction.data.components }, values);
  const parts: string[] = [];
  for (let index = 1; index <= PASTE_INPUTS; index += 1)
    parts.push(values.get(`${PASTE_INPUT_ID_PREFIX}${index}`) ?? "");
  // A box ends where its 4,000 characters ran out, often mid-sentence: joined with nothing.
  return parts.join("").trim();
}
