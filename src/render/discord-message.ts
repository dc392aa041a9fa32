/**
 * Answer → Discord message payload: embeds coloured by tone, items packed into fields, pages
 * with Prev/Next buttons, every limit respected and no mention ever allowed.
 */
import {
  MessageFlags,
  type APIEmbed,
  type APIInteractionResponseCallbackData,
} from "discord-api-types/v10";
import type { Answer, AnswerItem } from "../model/answer.ts";
import { findSoleCitedArticle, renderCitationsDiscord, toSafeUrl } from "./citation.ts";
import {
  renderPageRow,
  renderPinRow,
  NARROW_QUERY_NOTE,
  type MessageRow,
} from "./discord-buttons.ts";
import { createEmbedPacker, type DiscordLine, type EmbedDraft } from "./discord-layout.ts";
import { neutralizeMentions, sanitizeText, toSingleLine } from "./escape.ts";
import { renderInlinesDiscord } from "./inline.ts";
import { EMBED_FIELD_VALUE_MAX, EMBED_TITLE_MAX } from "./limits.ts";
import { clampPage, listPageEntries, paginate } from "./paginate.ts";
import { TONE_COLORS } from "./tone.ts";
import { truncateText } from "./truncate.ts";

/** Which page to draw, how its buttons re-create the request, and who may see it. */
export interface DiscordRenderOptions {
  /** 1-based; out-of-range pages are brought into range. */
  readonly page: number;
  /** Re-creates the request when a page button is clicked; null when the answer can't be paged. */
  readonly pageKey: string | null;
  readonly isPrivate: boolean;
}

const BULLET = "• ";
const CITATION_SEPARATOR = " — ";
/**
 * Soft caps that keep title, description and footer to about 2,700 of the 6,000 characters
 * shared by all embeds, so the longest possible item line (1,024) always fits an empty page.
 */
const INTRO_MAX = 1500;
const HINT_MAX = 500;
const FOOTER_MAX = 300;
/** Room kept for "Page 12 of 40" and the narrow-the-query note, added after paging. */
const PAGE_NOTE_RESERVE = 100;
const EMPTY_DESCRIPTION = "Nothing to show.";
const NAMED_ARTICLE_MAX = 120;
const EMBED_URL_MAX = 2048;

/**
 * One item as one markdown line (line breaks become spaces). A long body is cut with "…" so
 * its citations always show.
 */
export function renderItemLine(item: AnswerItem, namedArticleId: string | null = null): string {
  const citations = renderCitationsDiscord(item.citations, undefined, namedArticleId);
  const suffix = citations === "" ? "" : `${CITATION_SEPARATOR}${citations}`;
  const room = EMBED_FIELD_VALUE_MAX - BULLET.length - suffix.length;
  const inlines = item.body.map((inline) => ({ ...inline, text: toSingleLine(inline.text) }));
  const body = renderInlinesDiscord(inlines, room).trim();
  const line = body === "" ? `${BULLET}${citations}` : `${BULLET}${body}${suffix}`;
  // Citations may hold line breaks too (a hostile title); the line must stay one line.
  return line.replace(/\n/g, " ");
}

interface Header {
  readonly title: string;
  readonly description: string;
  readonly footer: string;
}

/**
 * When every line cites one article, the footer names it once and lines cite "¶3" alone: the
 * headline repeated on every line would crowd out what the lines say.
 */
function findNamedArticle(answer: Answer): { articleId: string; note: string } | null {
  const citations = answer.sections.flatMap((section) => section.items.flatMap((i) => i.citations));
  const sole = findSoleCitedArticle(citations);
  if (sole === null) return null;
  const title = neutralizeMentions(
    truncateText(sanitizeText(sole.articleTitle).trim(), NAMED_ARTICLE_MAX),
  );
  return { articleId: sole.articleId, note: `¶ = paragraphs of “${title || sole.articleId}”` };
}

function renderHeader(answer: Answer): Header {
  const title = renderInlinesDiscord(
    [{ text: toSingleLine(answer.title).trim(), style: "plain" }],
    EMBED_TITLE_MAX,
  );
  const intro = renderInlinesDiscord(answer.intro, INTRO_MAX);
  const hint = renderInlinesDiscord([{ text: answer.hint ?? "", style: "plain" }], HINT_MAX);
  const description = [intro, hint].filter((part) => part.trim() !== "").join("\n\n");
  const provenance = answer.footer ?? "";
  const footer = truncateText(sanitizeText(provenance).trim(), FOOTER_MAX);
  return { title, description, footer: neutralizeMentions(footer) };
}

function toEmbeds(
  drafts: readonly EmbedDraft[],
  header: Header,
  answer: Answer,
  footer: string,
): APIEmbed[] {
  const url = toSafeUrl(answer.url, EMBED_URL_MAX);
  const embeds = drafts
    .filter((draft, index) => index === 0 || draft.fields.length > 0)
    .map((draft): APIEmbed => ({ color: TONE_COLORS[draft.tone ?? "info"], fields: draft.fields }));
  const [first] = embeds;
  if (first) {
    if (header.title !== "") first.title = header.title;
    if (header.title !== "" && url !== null) first.url = url;
    const isBare = header.title === "" && first.fields?.length === 0;
    if (header.description !== "" || isBare)
      first.description = header.description || EMPTY_DESCRIPTION;
  }
  const last = embeds[embeds.length - 1];
  if (last && footer !== "") last.footer = { text: footer };
  return embeds;
}

function renderRows(answer: Answer, page: number, pageCount: number, pageKey: string | null) {
  const pageRow = pageCount > 1 ? renderPageRow(page, pageCount, pageKey) : null;
  const rows = [pageRow, renderPinRow(answer)].filter((row): row is MessageRow => row !== null);
  const isUnreachable = pageCount > 1 && pageRow === null;
  return { rows, note: isUnreachable ? NARROW_QUERY_NOTE : "" };
}

/** The reply for an answer, at page `options.page`. `allowed_mentions` never allows anything. */
export function renderDiscordMessage(
  answer: Answer,
  options: DiscordRenderOptions,
): APIInteractionResponseCallbackData {
  const named = findNamedArticle(answer);
  const header = renderHeader(answer);
  const fixed =
    header.title.length +
    header.description.length +
    header.footer.length +
    PAGE_NOTE_RESERVE +
    (named?.note.length ?? 0);
  const lines: DiscordLine[] = listPageEntries(answer).map((entry) => ({
    entry,
    text: renderItemLine(entry.item, named?.articleId ?? null),
  }));
  const pages = paginate(lines, () => createEmbedPacker(fixed));
  const page = clampPage(options.page, pages.length);
  const packer = createEmbedPacker(fixed);
  for (const line of pages[page - 1] ?? []) packer.tryAdd(line);
  const { rows, note } = renderRows(answer, page, pages.length, options.pageKey);
  const pageLabel = pages.length > 1 ? `Page ${page} of ${pages.length}` : "";
  const footer = [header.footer, pageLabel, note, named?.note ?? ""]
    .filter((part) => part !== "")
    .join(" · ");
  return {
    embeds: toEmbeds(packer.embeds, header, answer, footer),
    components: rows,
    allowed_mentions: { parse: [] },
    ...(options.isPrivate ? { flags: MessageFlags.Ephemeral } : {}),
  };
}
