/** The modal a moderator edits a summary in, and the edited message that gets pinned. */
import {
  ComponentType,
  TextInputStyle,
  type APIEmbed,
  type APIMessage,
  type APIModalInteractionResponseCallbackData,
  type APIModalSubmitInteraction,
  type RESTPatchAPIWebhookWithTokenMessageJSONBody,
} from "discord-api-types/v10";
import { formatCustomId } from "../../render/custom-id.ts";
import { neutralizeMentions, sanitizeText } from "../../render/escape.ts";
import { truncateText } from "../../render/truncate.ts";

export const SUMMARY_INPUT_ID = "summary";
/** Discord's limits: modal title 45, text input value 4,000, embed description 4,096, footer 2,048. */
const MODAL_TITLE = "Edit the summary before pinning";
const INPUT_MAX = 4000;
const FOOTER_MAX = 2048;

/** The summary as editable text: its description, then each field as a heading and its lines. */
function describeEmbed(embed: APIEmbed): string {
  const parts = [
    embed.description ?? "",
    ...(embed.fields ?? []).map((field) => `**${field.name}**\n${field.value}`),
  ];
  return parts.filter((part) => part.trim() !== "").join("\n\n");
}

export function buildEditModal(
  message: APIMessage,
  articleId: string,
): APIModalInteractionResponseCallbackData | null {
  const text = message.embeds.map(describeEmbed).join("\n\n").trim();
  const customId = formatCustomId({ kind: "edit", articleId });
  if (text === "" || !customId.ok) return null;
  return {
    custom_id: customId.value,
    title: MODAL_TITLE,
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: SUMMARY_INPUT_ID,
            label: "Summary (Markdown)",
            style: TextInputStyle.Paragraph,
            value: truncateText(text, INPUT_MAX),
            max_length: INPUT_MAX,
            required: true,
          },
        ],
      },
    ],
  };
}

/** Finds the summary field wherever Discord nests it (action rows or labels). */
function findInputValue(node: unknown): string | null {
  if (typeof node !== "object" || node === null) return null;
  if (
    "custom_id" in node &&
    node.custom_id === SUMMARY_INPUT_ID &&
    "value" in node &&
    typeof node.value === "string"
  ) {
    return node.value;
  }
  const children =
    ("components" in node ? node.components : undefined) ??
    ("component" in node ? [node.component] : []);
  if (!Array.isArray(children)) return null;
  for (const child of children) {
    const value = findInputValue(child);
    if (value !== null) return value;
  }
  return null;
}

export function readEditedSummary(interaction: APIModalSubmitInteraction): string | null {
  const value = findInputValue({ components: interaction.data.components });
  return value === null || value.trim() === "" ? null : value;
}

/** The summary message with the moderator's text, a footer naming the editor, and no buttons. */
export function buildEditedMessage(
  message: APIMessage,
  text: string,
  editor: string,
): RESTPatchAPIWebhookWithTokenMessageJSONBody {
  const [first] = message.embeds;
  const original = first?.footer?.text ?? "";
  const footer = truncateText(
    `Edited by ${neutralizeMentions(sanitizeText(editor))} before pinning${original === "" ? "" : ` · ${original}`}`,
    FOOTER_MAX,
  );
  const embed: APIEmbed = {
    ...(first?.title === undefined ? {} : { title: first.title }),
    ...(first?.url === undefined ? {} : { url: first.url }),
    ...(first?.color === undefined ? {} : { color: first.color }),
    description: truncateText(neutralizeMentions(sanitizeText(text)), INPUT_MAX),
    footer: { text: footer },
  };
  return { embeds: [embed], components: [], allowed_mentions: { parse: [] } };
}
