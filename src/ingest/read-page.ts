/** Segments → the article's parts: metadata from the page header, then passages in order. */
import type { PassageKind } from "../model/article.ts";
import { findBoilerplate } from "./boilerplate.ts";
import {
  isCaption,
  isHeading,
  isPersonName,
  matchByline,
  matchSourceLine,
} from "./line-patterns.ts";
import { countWords } from "./normalize-whitespace.ts";
import { matchDateLine } from "./page-header.ts";
import type { Segment } from "./text-segments.ts";

export interface PageBlock {
  readonly kind: PassageKind;
  readonly text: string;
}

/** What the page itself says; null where it says nothing. */
export interface PageReading {
  readonly title: string | null;
  readonly author: string | null;
  readonly published: string | null;
  readonly section: string | null;
  readonly source: string | null;
  readonly blocks: readonly PageBlock[];
  readonly warnings: readonly string[];
}

export interface ReadPageOptions {
  /** Raw pages open with their title; Markdown marks it as a leading `#` heading. */
  readonly titleRule: "first-line" | "leading-heading";
  /** A title given elsewhere (front matter): the page's copies of it are dropped too. */
  readonly knownTitle: string | null;
}

const MAX_TITLE_LENGTH = 250;
// Metadata sits in the first few lines; looking further would read body lines as bylines.
const MAX_HEADER_SEGMENTS = 12;
const BODY_LINE_LENGTH = 100;
const SENTENCE_END = new Set([".", "!", "?", '"', "”"]);

/** Reads one page; never throws, and keeps every body segment's text as it is. */
export function readPage(segments: readonly Segment[], options: ReadPageOptions): PageReading {
  const dropped = findBoilerplate(segments);
  const kept = segments.filter((_, index) => !dropped.has(index));
  const titleIndex = findTitleIndex(kept, options);
  const title = kept[titleIndex]?.text ?? null;
  const titles = [title, options.knownTitle].filter((text): text is string => text !== null);
  const isTitle = (segment: Segment): boolean =>
    titles.some((text) => sameText(segment.text, text));
  const headerEnd = findHeaderEnd(kept, isTitle);
  const header = readHeader(kept.slice(0, headerEnd), isTitle);
  const body = kept.slice(headerEnd).filter((segment) => !isTitle(segment));
  const source = matchSourceLine(body.at(-1)?.text ?? "");
  const bodySegments = source === null ? body : body.slice(0, -1);
  return {
    title,
    ...header.metadata,
    source,
    blocks: [...header.blocks, ...bodySegments.map(toBlock)],
  };
}

function findTitleIndex(segments: readonly Segment[], options: ReadPageOptions): number {
  const index = segments.findIndex(
    (segment) => matchDateLine(segment.text) === null && matchByline(segment.text) === null,
  );
  const candidate = segments[index];
  if (candidate === undefined || candidate.text.length > MAX_TITLE_LENGTH) return -1;
  if (options.titleRule === "leading-heading") return candidate.hint === "heading" ? index : -1;
  return candidate.hint === "none" && !isCaption(candidate.text) ? index : -1;
}

function findHeaderEnd(
  segments: readonly Segment[],
  isTitle: (segment: Segment) => boolean,
): number {
  const limit = Math.min(segments.length, MAX_HEADER_SEGMENTS);
  for (let index = 0; index < limit; index++) {
    const segment = segments[index];
    if (segment !== undefined && !isTitle(segment) && isBodyLike(segment.text)) return index;
  }
  return limit;
}

function isBodyLike(text: string): boolean {
  return (
    text.length > BODY_LINE_LENGTH || (SENTENCE_END.has(text.at(-1) ?? "") && countWords(text) >= 6)
  );
}

interface HeaderReading {
  readonly metadata: Pick<PageReading, "author" | "published" | "section" | "warnings">;
  readonly blocks: readonly PageBlock[];
}

function readHeader(
  segments: readonly Segment[],
  isTitle: (segment: Segment) => boolean,
): HeaderReading {
  const byline =
    segments.map((segment) => matchByline(segment.text)).find((names) => names !== null) ?? null;
  let author = byline;
  let isAuthorGuessed = false;
  let published: string | null = null;
  let section: string | null = null;
  const warnings: string[] = [];
  const blocks: PageBlock[] = [];
  for (const segment of segments) {
    const dateLine = matchDateLine(segment.text);
    if (isTitle(segment) || matchByline(segment.text) !== null) continue;
    if (dateLine !== null) {
      if (dateLine.iso === null)
        warnings.push(`the date line "${dateLine.written}" is not a real date; ignored`);
      published ??= dateLine.iso;
      section ??= dateLine.section;
    } else if (
      segment.hint === "none" &&
      isPersonName(segment.text) &&
      isAuthorLine(segment.text, author)
    ) {
      if (author === null) {
        author = segment.text;
        isAuthorGuessed = true;
      }
    } else {
      blocks.push(toBlock(segment));
    }
  }
  if (isAuthorGuessed) warnings.push(`author "${author}" guessed from a name line without "By"`);
  return { metadata: { author, published, section, warnings }, blocks };
}

// A bare name line is the author when no byline or earlier name disagrees; pages often print both.
function isAuthorLine(text: string, author: string | null): boolean {
  return author === null || sameText(text, author);
}

function toBlock(segment: Segment): PageBlock {
  if (segment.hint === "heading") return { kind: "heading", text: segment.text };
  if (segment.hint === "image" || isCaption(segment.text))
    return { kind: "caption", text: segment.text };
  return { kind: isHeading(segment.text) ? "heading" : "paragraph", text: segment.text };
}

function sameText(left: string, right: string): boolean {
  return left.length === right.length && left.toLowerCase() === right.toLowerCase();
}
