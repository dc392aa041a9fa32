/** Which segment is the page's title. */
import { matchByline, isCaption } from "./line-patterns.ts";
import { matchDateLine } from "./page-header.ts";
import type { Segment } from "./text-segments.ts";

const MAX_TITLE_LENGTH = 250;
/** Metadata sits in the first few lines; the title is among them. */
export const MAX_HEADER_SEGMENTS = 12;

/**
 * Raw pages open with their title, but a breadcrumb or section line may come first; a line the
 * header prints twice (the page's title and the article's headline) is the title whatever its
 * place. Markdown marks the title as a leading `#` heading. Returns -1 when there is none.
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
  return candidate !== undefined && isTitleLike(candidate) ? first : -1;
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
  return matchDateLine(segment.text) !== null || matchByline(segment.text) !== null;
}
