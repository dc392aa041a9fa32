/** Segments → the article's parts: metadata from the page header, then passages in order. */
import { findBoilerplate } from "./boilerplate.ts";
import type { PageBlock } from "./classify-segment.ts";
import { classifySegment, isSameText } from "./classify-segment.ts";
import { findTitleIndex, MAX_HEADER_SEGMENTS } from "./find-title.ts";
import { matchSourceLine } from "./line-patterns.ts";
import { dropPageChrome } from "./page-chrome.ts";
import { countWords } from "./normalize-whitespace.ts";
import { matchDateLine } from "./page-header.ts";
import { readHeader } from "./read-header.ts";
import type { Segment } from "./text-segments.ts";

export type { PageBlock } from "./classify-segment.ts";

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

/** How to find the title, which differs between raw pages and Markdown. */
export interface ReadPageOptions {
  /** Raw pages open with their title; Markdown marks it as a leading `#` heading. */
  readonly titleRule: "first-line" | "leading-heading";
  /** A title given elsewhere (front matter): the page's copies of it are dropped too. */
  readonly knownTitle: string | null;
}

// A header line is short; the first long line or full sentence starts the body.
const BODY_LINE_LENGTH = 100;
const SENTENCE_END = new Set([".", "!", "?", '"', "”"]);
// Lines a standfirst may take between the headline and the date line.
const MAX_STANDFIRST_LINES = 2;
const MAX_STANDFIRST_LENGTH = 300;

/** Reads one page; never throws, and keeps every body segment's text as it is. */
export function readPage(segments: readonly Segment[], options: ReadPageOptions): PageReading {
  const dropped = new Set(findBoilerplate(segments));
  dropPageChrome(segments, dropped, options.titleRule === "first-line");
  const kept = segments.filter((_, index) => !dropped.has(index));
  const titleIndex = findTitleIndex(kept, options.titleRule);
  const title = kept[titleIndex]?.text ?? null;
  const titles = [title, options.knownTitle].filter((text): text is string => text !== null);
  const isTitle = (segment: Segment): boolean =>
    titles.some((text) => isSameText(segment.text, text));
  const headerEnd = findHeaderEnd(kept, isTitle);
  const { blocks: headerBlocks, ...header } = readHeader(kept.slice(0, headerEnd), isTitle, {
    titleIndex,
    hasBody: headerEnd < kept.length,
  });
  const body = kept.slice(headerEnd).filter((segment) => !isTitle(segment));
  const source = matchSourceLine(body.at(-1)?.text ?? "");
  const bodySegments = source === null ? body : body.slice(0, -1);
  return {
    title,
    ...header,
    source,
    blocks: [...headerBlocks, ...bodySegments.map(classifySegment)],
  };
}

function findHeaderEnd(
  segments: readonly Segment[],
  isTitle: (segment: Segment) => boolean,
): number {
  const limit = Math.min(segments.length, MAX_HEADER_SEGMENTS);
  for (let index = 0; index < limit; index++) {
    const segment = segments[index];
    if (segment !== undefined && !isTitle(segment) && isBodyLike(segment.text))
      return extendOverStandfirst(segments, index, limit);
  }
  return limit;
}

// A standfirst sentence may stand between the headline and the date line: the header then
// runs on to the date line, when it is the first one and follows within a line or two. A
// long first line with a date after it is body text, not a standfirst.
function extendOverStandfirst(segments: readonly Segment[], end: number, limit: number): number {
  const isDateLine = (segment: Segment | undefined): boolean =>
    segment !== undefined && matchDateLine(segment.text) !== null;
  const standfirst = segments[end]?.text ?? "";
  if (end === 0 || standfirst.length > MAX_STANDFIRST_LENGTH) return end;
  if (segments.slice(0, end).some(isDateLine)) return end;
  for (let index = end + 1; index <= end + MAX_STANDFIRST_LINES && index < limit; index++) {
    if (isDateLine(segments[index])) return index + 1;
  }
  return end;
}

// "Tuesday, March 4, 2025 · Updated 9:42 a.m." ends with a full stop but is the date line.
function isBodyLike(text: string): boolean {
  const isLong =
    text.length > BODY_LINE_LENGTH ||
    (SENTENCE_END.has(text.at(-1) ?? "") && countWords(text) >= 6);
  return isLong && matchDateLine(text) === null;
}
