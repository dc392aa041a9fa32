/**
 * Finds the page furniture around an article: newsletter and sign-up boxes, privacy-policy
 * lines, icons' alt text, share buttons. Judged by generic signals, never by a site's name.
 */
import { countWords } from "./normalize-whitespace.ts";
import type { Segment } from "./text-segments.ts";
import { matchSourceLine } from "./line-patterns.ts";

// Furniture lines are short; a long line is body text even when it mentions a newsletter.
const MAX_FURNITURE_LENGTH = 200;
const MAX_FOOTER_SEGMENTS = 8;
// A sign-up box is a few lines; a longer block is the article pasted without blank lines.
const MAX_FURNITURE_BLOCK_LINES = 8;

const CALL_TO_ACTION =
  /^(?:sign up|sign in|subscribe|register|log in|download (?:the|our) app|get the app)\b/i;
const CONSENT =
  /\byou agree to\b|\bprivacy policy\b|\bterms (?:of (?:use|service)|and conditions)\b|\bcookie (?:policy|settings)\b/i;
const ADDRESSES_READER = /\b(?:you|your|our)\b/i;
const NEWSLETTER = /\bnewsletters?\b|\binbox\b/i;
const ALT_TEXT = /\b(?:icon|logo)$/i;
const INTERFACE_LABEL =
  /^(?:advertisement|sponsored|share|share this(?: article| story)?|tweet|email|print|copy link|read more|related(?: articles| stories| coverage)?|recommended|most read|comments?|listen to this article|save)$/i;

/** Is this one line furniture on its own, whatever surrounds it? */
export function isFurnitureLine(line: string): boolean {
  if (line.length > MAX_FURNITURE_LENGTH) return false;
  const words = countWords(line);
  const isLabel = !/[.!?]$/.test(line);
  return (
    (CALL_TO_ACTION.test(line) &&
      (isLabel || ADDRESSES_READER.test(line) || NEWSLETTER.test(line))) ||
    (CONSENT.test(line) && (ADDRESSES_READER.test(line) || words <= 4)) ||
    (NEWSLETTER.test(line) && (isLabel ? words <= 8 : ADDRESSES_READER.test(line))) ||
    (ALT_TEXT.test(line) && words <= 6) ||
    INTERFACE_LABEL.test(line)
  );
}

/**
 * Indexes of segments to drop: furniture lines; every line of a block of short lines that
 * holds one (the box's tagline has no signal of its own); and the short lines that trail the
 * last furniture line at the end of the page, except a source line.
 */
export function findBoilerplate(segments: readonly Segment[]): ReadonlySet<number> {
  const dropped = new Set<number>();
  const blocks = new Map<number, number[]>();
  segments.forEach((segment, index) => {
    if (isFurnitureLine(segment.text)) dropped.add(index);
    const members = blocks.get(segment.block);
    if (members === undefined) blocks.set(segment.block, [index]);
    else members.push(index);
  });
  const furnitureBlocks = new Set([...dropped].map((index) => segments[index]?.block ?? -1));
  for (const block of furnitureBlocks) {
    const members = blocks.get(block) ?? [];
    if (members.length > MAX_FURNITURE_BLOCK_LINES) continue;
    if (members.every((member) => (segments[member]?.text.length ?? 0) <= MAX_FURNITURE_LENGTH)) {
      members.forEach((member) => dropped.add(member));
    }
  }
  let lastFurniture = -1;
  dropped.forEach((index) => (lastFurniture = Math.max(lastFurniture, index)));
  dropTrailingFooter(segments, lastFurniture, dropped);
  return dropped;
}

function dropTrailingFooter(
  segments: readonly Segment[],
  lastFurniture: number,
  dropped: Set<number>,
): void {
  const trailing = segments.slice(lastFurniture + 1);
  const isShortFooter =
    lastFurniture >= 0 &&
    trailing.length <= MAX_FOOTER_SEGMENTS &&
    trailing.every((segment) => segment.text.length <= MAX_FURNITURE_LENGTH / 2);
  if (!isShortFooter) return;
  trailing.forEach((segment, offset) => {
    if (matchSourceLine(segment.text) === null) dropped.add(lastFurniture + 1 + offset);
  });
}
