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
// two or more lines after the last sentence that are no sentences, or are chrome, are the page's.
const MIN_TRAILING_RUN = 2;
// Below the body: this many short lines in a row, and no paragraph of this many words after them.
const LONG_TAIL_RUN = 6;
const MIN_TAIL_PARAGRAPH_WORDS = 25;
// Four or more one- or two-word lines in a row above the body are a menu, not a section label.
const MIN_MENU_RUN = 4;
const MAX_MENU_ITEM_WORDS = 2;
// Below a menu, the headline comes within a few lines and has a few words.
const MIN_HEADLINE_WORDS = 4;
const MAX_LINES_TO_HEADLINE = 3;
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
  if (isRawPage) dropTailAfterLongRun(segments, dropped);
}

/**
 * A page whose footer holds a sentence or two ("All quotes delayed a minimum of 15 minutes.")
 * stops the trailing run early. Below the body, a long run of short lines (a "Read next" box, a
 * menu) with no full paragraph after it is where the page's chrome begins.
 */
function dropTailAfterLongRun(segments: readonly Segment[], dropped: Set<number>): void {
  const bodyStart = segments.findIndex((segment) => isParagraphLine(segment.text));
  if (bodyStart < 0) return;
  let runStart = -1;
  let runLength = 0;
  let tailStart = -1;
  for (let index = bodyStart + 1; index < segments.length; index++) {
    const text = segments[index]?.text ?? "";
    if (tailStart >= 0 && countWords(text) >= MIN_TAIL_PARAGRAPH_WORDS) return;
    if (dropped.has(index) || !isProseLine(text)) {
      if (runLength === 0) runStart = index;
      runLength += 1;
      if (runLength >= LONG_TAIL_RUN && tailStart < 0) tailStart = runStart;
    } else runLength = 0;
  }
  if (tailStart < 0) return;
  for (let index = tailStart; index < segments.length; index++) {
    if (matchSourceLine(segments[index]?.text ?? "") === null) dropped.add(index);
  }
}

// Above the first paragraph: skip links, the site's tagline, header labels, revision notices,
// and a menu pasted one link a line ("World", "Business", "Markets", "My News", …).
function dropHeadChrome(segments: readonly Segment[], dropped: Set<number>): void {
  let menu: number[] = [];
  // Lines above this index are dropped already: each masthead is dropped once (linear).
  let mastheadEnd = 0;
  for (const [index, segment] of segments.entries()) {
    // A short line right above the date line or byline is the headline ("Bridge Repairs").
    const next = segments[index + 1]?.text ?? "";
    const isAboveMetadata = matchDateLine(next) !== null || matchByline(next) !== null;
    if (isMenuItem(segment.text) && !isAboveMetadata) menu.push(index);
    else {
      if (menu.length >= MIN_MENU_RUN)
        mastheadEnd = dropMenu(segments, dropped, menu, index, mastheadEnd);
      menu = [];
    }
    if (isHeadChromeLine(segment.text) || isChromeLine(segment.text)) dropped.add(index);
    else if (isParagraphLine(segment.text) && !isDatedListItem(segment.text)) return;
  }
}

/**
 * Drops a menu run; when a headline-length line follows it before the date line or byline, the
 * lines above the menu are the site's masthead (its name and tagline) and go too.
 */
function dropMenu(
  segments: readonly Segment[],
  dropped: Set<number>,
  menu: readonly number[],
  after: number,
  mastheadEnd: number,
): number {
  for (const item of menu) dropped.add(item);
  const first = menu[0] ?? 0;
  for (let index = after; index < segments.length; index++) {
    const text = segments[index]?.text ?? "";
    if (matchDateLine(text) !== null || matchByline(text) !== null) return mastheadEnd;
    if (countWords(text) >= MIN_HEADLINE_WORDS && !isProseLine(text)) break;
    if (index - after >= MAX_LINES_TO_HEADLINE) return mastheadEnd;
  }
  for (let index = mastheadEnd; index < first; index++) dropped.add(index);
  return Math.max(mastheadEnd, first);
}

function isMenuItem(text: string): boolean {
  return (
    countWords(text) <= MAX_MENU_ITEM_WORDS &&
    /^\p{Lu}/u.test(text) &&
    !/[.,:;!?]$/u.test(text) &&
    matchDateLine(text) === null
  );
}

// A dated headline goes when another one, a "Related news" label or a dropped line stands next
// to it in its block: a list of links. One dated line alone may be an article's timeline entry.
function dropDatedLists(segments: readonly Segment[], dropped: Set<number>): void {
  const isDated = segments.map((segment) => isDatedListItem(segment.text));
  const isListNeighbour = (index: number, block: number): boolean =>
    segments[index]?.block === block &&
    (isDated[index] === true ||
      dropped.has(index) ||
      RELATED_LABEL.test(segments[index]?.text ?? ""));
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
  // Footer statements and site notices are chrome by their wording; no run needs to vouch.
  const statements: number[] = [];
  // Lines other rules dropped after the last sentence show that the page's chrome has begun:
  // a short line among them ("Related news" over a list already gone) is the chrome's heading.
  let droppedAfter = 0;
  for (let index = segments.length - 1; index >= 0; index--) {
    const text = segments[index]?.text ?? "";
    if (matchSourceLine(text) !== null) continue;
    if (dropped.has(index)) droppedAfter += 1;
    else if (isFooterStatement(text)) statements.push(index);
    else if (!isProseLine(text)) run.push(index);
    else {
      for (const chrome of statements) dropped.add(chrome);
      if (run.length + statements.length + droppedAfter >= MIN_TRAILING_RUN)
        for (const chrome of run) dropped.add(chrome);
      return;
    }
  }
  // No sentence at all: a page of short lines, nothing to tell the body from the chrome by.
}
