/** The summary as editable text, and the edited message that gets pinned. */
import type {
  APIEmbed,
  APIMessage,
  RESTPatchAPIWebhookWithTokenMessageJSONBody,
} from "discord-api-types/v10";
import { neutralizeMentions, sanitizeText } from "./escape.ts";
import { EMBED_DESCRIPTION_MAX, EMBED_FOOTER_TEXT_MAX, TEXT_INPUT_VALUE_MAX } from "./limits.ts";
import { truncateText } from "./truncate.ts";

/** The message's embeds as one text: each description, then each field as a heading and lines. */
export function describeEmbedsAsText(message: APIMessage): string {
  const describe = (embed: APIEmbed): string =>
    [embed.description ?? "", ...(embed.fields ?? []).map((f) => `**${f.name}**\n${f.value}`)]
      .filter((part) => part.trim() !== "")
      .join("\n\n");
  return message.embeds.map(describe).join("\n\n").trim();
}

/** The summary with the moderator's text, a footer naming the editor, and no buttons. */
export function renderEditedSummary(
  message: APIMessage,
  text: string,
  editor: string,
): RESTPatchAPIWebhookWithTokenMessageJSONBody {
  const [first] = message.embeds;
  const original = first?.footer?.text ?? "";
  const byline = `Edited by ${neutralizeMentions(sanitizeText(editor))} before pinning`;
  const footer = truncateText(
    `${byline}${original === "" ? "" : ` · ${original}`}`,
    EMBED_FOOTER_TEXT_MAX,
  );
  const limit = Math.min(TEXT_INPUT_VALUE_MAX, EMBED_DESCRIPTION_MAX);
  const embed: APIEmbed = {
    ...(first?.title === undefined ? {} : { title: first.title }),
    ...(first?.url === undefined ? {} : { url: first.url }),
    ...(first?.color === undefined ? {} : { color: first.color }),
    description: truncateText(neutralizeMentions(sanitizeText(text)), limit),
    footer: { text: footer },
  };
  return { embeds: [embed], components: [], allowed_mentions: { parse: [] } };
}
