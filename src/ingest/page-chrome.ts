/**
 * Finds the chrome of a whole pasted web page by position as well as by wording: notices above
 * the first paragraph, related-news boxes, and the trailing run of short lines (source lists,
 * category lines, menus, footers) that a select-all copy ends with.
 */
import {
  isChromeLine,
  isDatedListItem,
  isFooterStatement,
  isHeadChromeLine,
  isProseLine,
} from "./chrome-lines.ts";
import { matchByline, matchSourceLine } from "./line-patterns.ts";
import { countWords } from "./normalize-whitespace.ts";
import { matchDateLine } from "./page-header.ts";
import type { Segment } from "./text-segments.ts";

// A header line is short; the first long line or full sentence starts the body.
const BODY_LINE_LENGTH = 100;
const MIN_BODY_SENTENCE_WORDS = 6;
// One short line at the very end may be the article's own (a closing subheading or credit);
// two or more non-sentences after the last sentence are the page's.
const MIN_TRAILING_RUN = 2;
// The title of a related-news box: "North Korea" above "Related articles".
const MAX_BOX_TITLE_WORDS = 4;
const RELATED_LABEL =
  /^(?:related|see also|related (?:news|articles|stories|coverage|links|content)|more (?:on|about) this (?:story|topic))$/i;

// The first long line or full sentence of a page starts its body.
function isParagraphLine(text: string): boolean {
  return (
    text.length > BODY_LINE_LENGTH ||
    (isProseLine(text) && countWords(text) >= MIN_BODY_SENTENCE_WORDS)
  );
}

/**
 * Adds to `dropped` the page chrome among `segments`. The trailing-run rule is for raw pasted
 * text only: a Markdown file is written by hand and may well end with a list.
 */
export function dropPageChrome(
  segments: readonly Segment[],
  dropped: Set<number>,
  isRawPage: boolean,
): void {
  dropHeadChrome(segments, dropped);
  segments.forEach((segment, index) => {
    if (isChromeLine(segment.text)) dropped.add(index);
  });
  dropDatedLists(segments, dropped);
  dropRelatedBoxTitles(segments, dropped);
  if (isRawPage) dropTrailingRun(segments, dropped);
}

// Above the first paragraph: skip links, the site's tagline, header labels, revision notices.
function dropHeadChrome(segments: readonly Segment[], dropped: Set<number>): void {
  for (const [index, segment] of segments.entries()) {
    if (isHeadChromeLine(segment.text) || isChromeLine(segment.text)) dropped.add(index);
    else if (isParagraphLine(segment.text) && !isDatedListItem(segment.text)) return;
  }
}

// A dated headline goes when another one, or a dropped label, stands next to it in its block:
// a list of links. One dated line alone may be an article's timeline entry.
function dropDatedLists(segments: readonly Segment[], dropped: Set<number>): void {
  const isDated = segments.map((segment) => isDatedListItem(segment.text));
  const isListNeighbour = (index: number, block: number): boolean =>
    segments[index]?.block === block && (isDated[index] === true || dropped.has(index));
  segments.forEach((segment, index) => {
    if (!isDated[index]) return;
    if (isListNeighbour(index - 1, segment.block) || isListNeighbour(index + 1, segment.block))
      dropped.add(index);
  });
}

function dropRelatedBoxTitles(segments: readonly Segment[], dropped: Set<number>): void {
  const firstKept = segments.findIndex((_, index) => !dropped.has(index));
  segments.forEach((segment, index) => {
    const title = segments[index - 1];
    if (!RELATED_LABEL.test(segment.text) || title === undefined || index - 1 <= firstKept) return;
    const isBoxTitle =
      title.block === segment.block &&
      countWords(title.text) <= MAX_BOX_TITLE_WORDS &&
      !isProseLine(title.text) &&
      matchDateLine(title.text) === null &&
      matchByline(title.text) === null;
    if (isBoxTitle) dropped.add(index - 1);
  });
}

// From the end back to the last sentence: lists of sources and related news, category lines,
// menus, footers. A source line ("From The Ledger") is kept for the page reader to take.
function dropTrailingRun(segments: readonly Segment[], dropped: Set<number>): void {
  const run: number[] = [];
  for (let index = segments.length - 1; index >= 0; index--) {
    const text = segments[index]?.text ?? "";
    if (dropped.has(index) || matchSourceLine(text) !== null) continue;
    if (isProseLine(text) && !isFooterStatement(text)) {
      if (run.length >= MIN_TRAILING_RUN) for (const chrome of run) dropped.add(chrome);
      return;
    }
    run.push(index);
  }
  // No sentence at all: a page of short lines, nothing to tell the body from the chrome by.
}
