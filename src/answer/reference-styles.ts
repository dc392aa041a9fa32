/** Citations ready to paste in APA, MLA and Chicago styles, from the article's metadata. */
import { MONTH_NAMES } from "../ingest/calendar.ts";
import type { Article } from "../model/article.ts";

// MLA shortens a month to three letters and a full stop, except the short May, June and July,
// and September, which it writes "Sept.".
const MONTHS_MLA = MONTH_NAMES.map((name) =>
  name.length <= 4 ? name : name === "September" ? "Sept." : `${name.slice(0, 3)}.`,
);

interface DateParts {
  readonly year: string;
  readonly month: number;
  readonly day: number;
}

function splitDate(published: string | null): DateParts | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published ?? "");
  if (!match) return null;
  return { year: match[1] ?? "", month: Number(match[2]) - 1, day: Number(match[3]) };
}

function splitName(author: string): { first: string; last: string } {
  const words = author.trim().split(/\s+/);
  const last = words.pop() ?? author;
  return { first: words.join(" "), last };
}

function withUrl(reference: string, url: string | null): string {
  return url ? `${reference} ${url}` : reference;
}

export function formatApa(article: Article): string {
  const date = splitDate(article.published);
  const when = date ? `(${date.year}, ${MONTH_NAMES[date.month]} ${date.day})` : "(n.d.)";
  const source = article.source ? ` ${article.source}.` : "";
  if (!article.author) return withUrl(`${article.title}. ${when}.${source}`, article.url);
  const { first, last } = splitName(article.author);
  const initials = first
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `${word[0]}.`)
    .join(" ");
  return withUrl(
    `${last}${initials ? `, ${initials}` : ""} ${when}. ${article.title}.${source}`,
    article.url,
  );
}

export function formatMla(article: Article): string {
  const date = splitDate(article.published);
  const when = date ? `${date.day} ${MONTHS_MLA[date.month]} ${date.year}` : "n.d.";
  const { first, last } = splitName(article.author ?? "");
  const author = article.author ? `${last}, ${first}. ` : "";
  const source = article.source ? `${article.source}, ` : "";
  const url = article.url ? `, ${article.url.replace(/^https?:\/\//, "")}` : "";
  return `${author}“${article.title}.” ${source}${when}${url}.`;
}

export function formatChicago(article: Article): string {
  const date = splitDate(article.published);
  const when = date ? `${MONTH_NAMES[date.month]} ${date.day}, ${date.year}` : "n.d.";
  const author = article.author
    ? `${splitName(article.author).last}, ${splitName(article.author).first}. `
    : "";
  const source = article.source ? `${article.source}, ` : "";
  return withUrl(`${author}“${article.title}.” ${source}${when}.`, article.url);
}
