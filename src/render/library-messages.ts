/** The /library payloads: the paste modal, the remove confirmation, the list page, the add reply. */
import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  TextInputStyle,
  type APIInteractionResponseCallbackData,
  type APIModalInteractionResponseCallbackData,
} from "discord-api-types/v10";
import { formatCustomId, type CustomIdAction } from "./custom-id.ts";
import type { MessageRow } from "./discord-buttons.ts";
import { escapeMarkdown, sanitizeText, toSingleLine } from "./escape.ts";
import { EMBED_DESCRIPTION_MAX, TEXT_INPUT_VALUE_MAX } from "./limits.ts";
import { truncateText } from "./truncate.ts";

/** Discord allows five top-level components in a modal: five boxes, 20,000 characters. */
export const PASTE_INPUTS = 5;
export const PASTE_INPUT_ID_PREFIX = "part";
const NO_MENTIONS = { parse: [] };

const clean = (text: string, max: number) =>
  truncateText(escapeMarkdown(toSingleLine(sanitizeText(text))), max);

export function renderPasteModal(): APIModalInteractionResponseCallbackData {
  const customId = formatCustomId({ kind: "library-paste" });
  return {
    custom_id: customId.ok ? customId.value : "",
    title: "Paste an article (5 boxes × 4,000)",
    components: Array.from({ length: PASTE_INPUTS }, (_, index) => ({
      type: ComponentType.Label,
      label: `Part ${index + 1} of ${PASTE_INPUTS} (4,000 characters)`,
      description:
        index === 0
          ? "Title on the first line. Past 4,000 characters, go on in the next box."
          : "Joined to the box above, in order. Leave empty if not needed.",
      component: {
        type: ComponentType.TextInput,
        custom_id: `${PASTE_INPUT_ID_PREFIX}${index + 1}`,
        style: TextInputStyle.Paragraph,
        max_length: TEXT_INPUT_VALUE_MAX,
        required: index === 0,
      },
    })),
  };
}

function button(
  label: string,
  action: CustomIdAction,
  style: ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Danger,
): MessageRow["components"][number] | null {
  const id = formatCustomId(action);
  if (!id.ok) return null;
  return { type: ComponentType.Button, style, label, custom_id: id.value };
}

function row(...buttons: (MessageRow["components"][number] | null)[]): MessageRow[] {
  const components = buttons.filter((b) => b !== null);
  return components.length === 0 ? [] : [{ type: ComponentType.ActionRow, components }];
}

/** Public, so the channel sees what is about to leave its library. */
export function renderRemoveConfirm(
  articleId: string,
  title: string,
  askerId: string,
): APIInteractionResponseCallbackData {
  return {
    content: `Remove **${clean(title, 200)}** (\`${clean(articleId, 100)}\`) from this server's library? Commands will stop citing it.`,
    components: row(
      button("Remove", { kind: "library-remove", articleId, askerId }, ButtonStyle.Danger),
      button("Cancel", { kind: "library-cancel", askerId }, ButtonStyle.Secondary),
    ),
    allowed_mentions: NO_MENTIONS,
  };
}

export function renderRemoved(title: string, byUserId: string): APIInteractionResponseCallbackData {
  return {
    content: `Removed **${clean(title, 200)}** from this server's library (by <@${byUserId}>).`,
    components: [],
    allowed_mentions: NO_MENTIONS,
  };
}

export interface ListedArticle {
  readonly articleId: string;
  readonly title: string;
  readonly addedBy: string;
  readonly addedAt: number;
}

/** One page of /library list: private, newest first, who added each and when. */
export function renderLibraryList(
  items: readonly ListedArticle[],
  page: number,
  pageCount: number,
  total: number,
): APIInteractionResponseCallbackData {
  const lines = items.map((item) => {
    const day = new Date(item.addedAt).toISOString().slice(0, 10);
    const by = /^\d{1,20}$/.test(item.addedBy) ? `<@${item.addedBy}>` : clean(item.addedBy, 40);
    return `• **${clean(item.title, 150)}** — \`${clean(item.articleId, 100)}\` · added by ${by} on ${day}`;
  });
  const description =
    lines.length === 0
      ? "Nothing added yet. Moderators add articles with /library add url:, file:, or pasted text."
      : lines.join("\n");
  return {
    embeds: [
      {
        title: `This server's library: ${total} ${total === 1 ? "article" : "articles"}`,
        description: truncateText(description, EMBED_DESCRIPTION_MAX),
        ...(pageCount > 1 ? { footer: { text: `Page ${page} of ${pageCount}` } } : {}),
      },
    ],
    components:
      pageCount > 1
        ? row(
            button(
              "◀ Prev",
              { kind: "library-page", page: Math.max(page - 1, 1) },
              ButtonStyle.Secondary,
            ),
            button(
              "Next ▶",
              { kind: "library-page", page: Math.min(page + 1, pageCount) },
              ButtonStyle.Secondary,
            ),
          )
        : [],
    allowed_mentions: NO_MENTIONS,
    flags: MessageFlags.Ephemeral,
  };
}

/** The add reply's row: open /summary of the article in a new message. */
export function renderOpenSummaryRow(summaryKey: string): MessageRow[] {
  return row(button("Open /summary", { kind: "open", pageKey: summaryKey }, ButtonStyle.Primary));
}
