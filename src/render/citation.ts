/** Citations: "article title ¶3", linked to the source when a safe URL is known. */
import type { Citation } from "../model/answer.ts";
import { escapeMarkdown, sanitizeText } from "./escape.ts";
import { truncateText } from "./truncate.ts";

/** Long enough for news URLs; longer ones would eat a field's 1,024 characters on their own. */
export const LINK_URL_MAX = 512;
/** A citation names its article; a full headline would crowd out the item it supports. */
const CITATION_TITLE_MAX = 60;
/** Articles named per item; the rest are counted ("+2 more") so the item keeps its room. */
const CITED_ARTICLES_MAX = 3;
const PASSAGES_PER_ARTICLE_MAX = 10;
/** Room for one linked citation with a long URL, leaving most of a 1,024 field to the item. */
export const CITATIONS_MAX = 700;
const SEPARATOR = " · ";
const PASSAGE_ID_MAX = 20;

interface CitedArticle {
  readonly articleId: string;
  readonly articleTitle: string;
  readonly url: string | null;
  readonly passages: readonly string[];
}

/**
 * The URL when it is safe to link: http(s) only, no credentials (they disguise the host), no
 * parentheses left to close a markdown link early, and not absurdly long. Otherwise null.
 */
export function toSafeUrl(url: string | null, maxLength = LINK_URL_MAX): string | null {
  if (url === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  const isWeb = parsed.protocol === "http:" || parsed.protocol === "https:";
  if (!isWeb || parsed.username !== "" || parsed.password !== "") return null;
  const href = parsed.href.replace(/\(/g, "%28").replace(/\)/g, "%29");
  return href.length <= maxLength ? href : null;
}

function formatPassage(citation: Citation): string {
  const isNumbered = Number.isSafeInteger(citation.n) && citation.n > 0;
  const passageId = truncateText(sanitizeText(citation.passage), PASSAGE_ID_MAX);
  return `¶${isNumbered ? citation.n : passageId}`;
}

/** Groups by article in order of first appearance, each passage once. */
function groupByArticle(citations: readonly Citation[]): CitedArticle[] {
  const groups = new Map<string, { first: Citation; passages: string[] }>();
  for (const citation of citations) {
    const group = groups.get(citation.articleId) ?? { first: citation, passages: [] };
    const passage = formatPassage(citation);
    if (!group.passages.includes(passage)) group.passages.push(passage);
    groups.set(citation.articleId, group);
  }
  return [...groups.values()].map(({ first, passages }) => ({
    articleId: first.articleId,
    articleTitle: first.articleTitle,
    url: first.url,
    passages,
  }));
}

function renderArticleDiscord(
  article: CitedArticle,
  isLinked: boolean,
  isNamedElsewhere: boolean,
): string {
  const title = truncateText(sanitizeText(article.articleTitle).trim(), CITATION_TITLE_MAX);
  const passages = article.passages.slice(0, PASSAGES_PER_ARTICLE_MAX).join(", ");
  const more = article.passages.length > PASSAGES_PER_ARTICLE_MAX ? ", …" : "";
  const name = isNamedElsewhere ? "" : `${title || article.articleId} `;
  const text = escapeMarkdown(`${name}${passages}${more}`);
  const url = isLinked ? toSafeUrl(article.url) : null;
  return url === null ? text : `[${text}](${url})`;
}

/**
 * "[Title ¶3, ¶5](https://…)" per article, joined with " · ", within `maxLength`: links are
 * dropped before articles are, and articles left out are counted ("+2 more").
 */
export function renderCitationsDiscord(
  citations: readonly Citation[],
  maxLength: number = CITATIONS_MAX,
  /** An article the message already names once (in its footer): cited by ¶ alone. */
  namedArticleId: string | null = null,
): string {
  const articles = groupByArticle(citations);
  let rendered = "";
  for (const [index, article] of articles.entries()) {
    const separator = index === 0 ? "" : SEPARATOR;
    const left = articles.length - index - 1;
    const reserve = left > 0 ? `${SEPARATOR}+${left} more`.length : 0;
    const isNamed = article.articleId === namedArticleId;
    const options = [
      renderArticleDiscord(article, true, isNamed),
      renderArticleDiscord(article, false, isNamed),
    ];
    const fitting = options.find(
      (text) => rendered.length + separator.length + text.length + reserve <= maxLength,
    );
    if (index >= CITED_ARTICLES_MAX || fitting === undefined) {
      return index === 0 ? "" : `${rendered}${SEPARATOR}+${left + 1} more`;
    }
    rendered += separator + fitting;
  }
  return rendered;
}

/** "[fentanyl-ifs ¶3, ¶5]" per article, joined with spaces. Empty for no citations. */
export function renderCitationsConsole(citations: readonly Citation[]): string {
  return groupByArticle(citations)
    .map((article) => `[${sanitizeText(article.articleId)} ${article.passages.join(", ")}]`)
    .join(" ");
}

/** The one article every citation in `citations` points to, or null when there are several. */
export function findSoleCitedArticle(
  citations: readonly Citation[],
): { readonly articleId: string; readonly articleTitle: string } | null {
  const [first] = citations;
  if (!first || citations.some((citation) => citation.articleId !== first.articleId)) return null;
  return { articleId: first.articleId, articleTitle: first.articleTitle };
}
