/**
 * Metadata from the page's own markup, more reliable than the text: JSON-LD first, then
 * OpenGraph and article meta tags, then `<time>`, then what Readability found (byline, title).
 */
import { parseWholeDate } from "../calendar-date.ts";
import { canonicalizeUrl } from "./canonical-url.ts";
import type { DomDocument } from "./dom-node.ts";
import { findJsonLdArticle } from "./json-ld-article.ts";

export interface HtmlMetadata {
  readonly title: string | null;
  readonly author: string | null;
  /** ISO date, YYYY-MM-DD. */
  readonly published: string | null;
  readonly source: string | null;
  /** The page's canonical URL (canonicalised), or the URL it was fetched from. */
  readonly url: string | null;
}

const DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})/u;
const BYLINE_PREFIX = /^\s*(?:by|written by|von|par|por)\s+/iu;

/** Read before Readability runs: it removes scripts and meta tags from the document. */
export function readHtmlMetadata(document: DomDocument, pageUrl: string | null): HtmlMetadata {
  const scripts = Array.from(
    document.querySelectorAll('script[type="application/ld+json"]'),
    (script) => script.textContent ?? "",
  );
  const jsonLd = findJsonLdArticle(scripts);
  const meta = (selector: string) =>
    clean(document.querySelector(selector)?.getAttribute("content"));
  const base = pageUrl ?? undefined;
  const canonical =
    document.querySelector('link[rel="canonical"]')?.getAttribute("href") ??
    meta('meta[property="og:url"]') ??
    jsonLd?.url;
  const metaAuthor = meta('meta[name="author"]') ?? meta('meta[property="article:author"]');
  return {
    title:
      jsonLd?.headline ?? meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]'),
    author:
      joinNames(jsonLd?.authors ?? []) ??
      (metaAuthor !== null && !/^https?:/iu.test(metaAuthor) ? metaAuthor : null),
    published: firstDate([
      jsonLd?.datePublished,
      meta('meta[property="article:published_time"]'),
      meta('meta[name="article:published_time"]'),
      meta('meta[itemprop="datePublished"]'),
      meta('meta[name="date"]'),
      meta('meta[name="pubdate"]'),
      meta('meta[name="dc.date"]'),
      document.querySelector("time[datetime]")?.getAttribute("datetime"),
    ]),
    source:
      jsonLd?.publisher ??
      meta('meta[property="og:site_name"]') ??
      meta('meta[name="application-name"]'),
    url:
      (canonical === null || canonical === undefined ? null : canonicalizeUrl(canonical, base)) ??
      (pageUrl === null ? null : canonicalizeUrl(pageUrl)),
  };
}

/** "By Ana Ruiz and Tom Lee" → "Ana Ruiz and Tom Lee"; null for an empty byline. */
export function cleanByline(byline: string | null | undefined): string | null {
  return clean(byline?.replace(BYLINE_PREFIX, ""));
}

function firstDate(values: readonly (string | null | undefined)[]): string | null {
  for (const value of values) {
    const prefix = value === null || value === undefined ? null : DATE_PREFIX.exec(value.trim());
    const iso = prefix?.[1] === undefined ? null : parseWholeDate(prefix[1]);
    if (iso !== null) return iso;
  }
  return null;
}

function joinNames(names: readonly string[]): string | null {
  const unique = [...new Set(names)];
  if (unique.length === 0) return null;
  if (unique.length === 1) return unique[0] ?? null;
  return `${unique.slice(0, -1).join(", ")} and ${unique.at(-1) ?? ""}`;
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/gu, " ").trim() ?? "";
  return text === "" ? null : text;
}
