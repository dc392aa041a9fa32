/** Which segment is the page's title. */
import { matchAuthorWithRole } from "./author-line.ts";
import { isProseLine } from "./chrome-lines.ts";
import { isCaption, isPersonName, matchByline } from "./line-patterns.ts";
import { countWords } from "./normalize-whitespace.ts";
import { matchDateLine } from "./page-header.ts";
import type { Segment } from "./text-segments.ts";

const MAX_TITLE_LENGTH = 250;
// News titles run to several words; a one- or two-word first line above a longer line is the
// section label the page prints over the headline.
const MAX_BREADCRUMB_WORDS = 2;
const MIN_TITLE_WORDS_AFTER_BREADCRUMB = 4;
const STARTS_UPPER_CASE = /^["“‘']?[\p{Lu}\p{N}]/u;
/** Metadata sits in the first few lines; the title is among them. */
export const MAX_HEADER_SEGMENTS = 12;

/**
 * Raw pages open with their title, but a breadcrumb or section line may come first; a line the
 * header prints twice (the page's title and the article's headline) is the title whatever its
 * place, and a one- or two-word first line above a longer one is a section label. Markdown marks the title as a leading `#` heading. Returns -1 when there is none.
 */
export function findTitleIndex(
  segments: readonly Segment[],
  titleRule: "first-line" | "leading-heading",
): number {
  const first = segments.findIndex((segment) => !isMetadata(segment));
  const candidate = segments[first];
  if (titleRule === "leading-heading") {
    return candidate?.hint === "heading" && candidate.text.length <= MAX_TITLE_LENGTH ? first : -1;
  }
  const repeated = findRepeatedLine(segments.slice(0, MAX_HEADER_SEGMENTS));
  if (repeated >= 0) return repeated;
  const aboveDate = findHeadlineAboveDate(segments.slice(0, MAX_HEADER_SEGMENTS));
  if (aboveDate >= 0) return aboveDate;
  if (candidate === undefined || !isTitleLike(candidate)) return -1;
  const next = segments[first + 1];
  // A lone word is a site's name or a section even a blank line away from the headline.
  const words = countWords(candidate.text);
  const isBreadcrumb =
    words <= MAX_BREADCRUMB_WORDS &&
    next !== undefined &&
    (next.block === candidate.block || words === 1) &&
    STARTS_UPPER_CASE.test(next.text) &&
    isTitleLike(next) &&
    !isMetadata(next) &&
    countWords(next.text) >= MIN_TITLE_WORDS_AFTER_BREADCRUMB;
  return isBreadcrumb ? first + 1 : first;
}

/**
 * The headline sits right above the date line, with at most a byline, a bare name or a
 * standfirst sentence between them; what comes before it (a site's name, menu links, a
 * breadcrumb) is the page's. -1 when no date line follows a headline-like line.
 */
function findHeadlineAboveDate(header: readonly Segment[]): number {
  const dateIndex = header.findIndex((segment) => matchDateLine(segment.text) !== null);
  for (let index = dateIndex - 1; index >= 0; index--) {
    const segment = header[index];
    if (segment === undefined) return -1;
    const isBetween =
      isMetadata(segment) ||
      isProseLine(segment.text) ||
      isCaption(segment.text) ||
      isNameBelowHeadline(header, index);
    if (isBetween) continue;
    return isTitleLike(segment) ? index : -1;
  }
  return -1;
}

// "Bridge Repairs\nAna Ruiz\nMay 1, 2020": a bare name under the headline in the same block is
// the author's. A name-shaped line with no headline right above it may be the headline itself.
function isNameBelowHeadline(header: readonly Segment[], index: number): boolean {
  const segment = header[index];
  const above = header[index - 1];
  return (
    segment !== undefined &&
    isPersonName(segment.text) &&
    above !== undefined &&
    above.block === segment.block &&
    isTitleLike(above)
  );
}

function findRepeatedLine(header: readonly Segment[]): number {
  const seen = new Map<string, number>();
  for (const [index, segment] of header.entries()) {
    if (!isTitleLike(segment) || isMetadata(segment)) continue;
    const key = segment.text.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) return earlier;
    seen.set(key, index);
  }
  return -1;
}

function isTitleLike(segment: Segment): boolean {
  return (
    segment.hint === "none" &&
    segment.text.length <= MAX_TITLE_LENGTH &&
    !segment.text.endsWith(".") &&
    !isCaption(segment.text)
  );
}

function isMetadata(segment: Segment): boolean {
  return (
    matchDateLine(segment.text) !== null ||
    matchByline(segment.text) !== null ||
    matchAuthorWithRole(segment.text) !== null
  );
}
