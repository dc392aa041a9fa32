/**
 * Finds the page furniture around an article: newsletter and sign-up boxes, privacy-policy
 * lines, icons' alt text, share buttons. Judged by generic signals, never by a site's name.
 */
import { countWords } from "./normalize-whitespace.ts";
import type { Segment } from "./text-segments.ts";
import { isCaption, matchByline, matchSourceLine } from "./line-patterns.ts";
import { matchDateLine } from "./page-header.ts";

// Furniture lines are short; a long line is body text even when it mentions a newsletter.
const MAX_FURNITURE_LENGTH = 200;
// Two furniture lines at most this far apart belong to one box.
const MAX_SANDWICH_GAP = 3;
// A box's tagline is a few words; a body paragraph between two boxes is longer.
const MAX_TAGLINE_LENGTH = 60;
// A sign-up box is a few lines; more than that is the article pasted without blank lines.
const MAX_FURNITURE_BLOCK_LINES = 8;

const CALL_TO_ACTION =
  /^(?:sign up|sign in|subscribe|register (?:now|here|today|for free)|log in|download (?:the|our) app|get the app)\b/i;
const CONSENT =
  /\byou agree to\b|\bprivacy policy\b|\bterms (?:of (?:use|service)|and conditions)\b|\bcookie (?:policy|settings)\b/i;
const ADDRESSES_READER = /\b(?:you|your|our)\b/i;
const NEWSLETTER = /\bnewsletters?\b|\binbox\b/i;
const ALT_TEXT = /\b(?:icon|logo)$/i;
const RIGHTS = /^(?:copyright\b|©)|\ball rights reserved\b/i;
const LINK_LABEL = /^(?:read more|related|see also|recommended|more from [^:]{1,40}) *:/i;
const TOPICS_LABEL = /^(?:explore )?more (?:on|about) (?:this|these) (?:topics?|stories|story)$/i;
const READING_TIME =
  /^\d{1,3} min(?:ute)?s? read$|^(?:updated )?\d{1,3} (?:seconds?|minutes?|hours?|days?) ago$/i;
// A wiki-style list of sources or links closes the page; everything after its heading goes.
const REFERENCE_HEADING =
  /^(?:sources?|references|external links|further reading|related (?:news|articles|stories))$/i;
const INTERFACE_LABEL =
  /^(?:advertisement|sponsored|share|share this(?: article| story)?|tweet|email|print|copy link|read more|related(?: articles| stories| coverage)?|recommended|most read|comments?|listen to this article|save|continue reading|facebook|twitter|linkedin|whatsapp|reddit|telegram)$/i;

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
    RIGHTS.test(line) ||
    LINK_LABEL.test(line) ||
    TOPICS_LABEL.test(line) ||
    READING_TIME.test(line) ||
    INTERFACE_LABEL.test(line)
  );
}

/**
 * Indexes of segments to drop: furniture lines; the short lines right after one in the same
 * block (a box's tagline has no signal of its own, while the lines above it may be the title
 * and byline); and short lines sandwiched between two furniture lines close together (a box
 * pasted with blank lines in it); and a closing list of sources or links.
 */
export function findBoilerplate(segments: readonly Segment[]): ReadonlySet<number> {
  const furniture: number[] = [];
  segments.forEach((segment, index) => {
    if (isFurnitureLine(segment.text)) furniture.push(index);
  });
  const dropped = new Set<number>(furniture);
  dropReferenceSection(segments, dropped);
  furniture.forEach((index) => dropRestOfBlock(segments, index, dropped));
  furniture.forEach((index, order) => {
    const next = furniture[order + 1];
    if (next !== undefined && next - index <= MAX_SANDWICH_GAP)
      dropSandwich(segments, index, next, dropped);
  });
  return dropped;
}

function dropReferenceSection(segments: readonly Segment[], dropped: Set<number>): void {
  // Only in the second half: a "Sources" subheading early on would be a real section.
  const start = Math.ceil(segments.length / 2);
  const heading = segments.findIndex(
    (segment, index) => index >= start && REFERENCE_HEADING.test(segment.text),
  );
  if (heading < 0) return;
  for (let index = heading; index < segments.length; index++) {
    if (matchSourceLine(segments[index]?.text ?? "") === null) dropped.add(index);
  }
}

// Only the short lines right after a furniture line go with it: a caption or paragraph in the
// same block stops the box, and so do a date line or byline and the headline right above one
// (a page pasted without blank lines has its menu, headline and date line in one block). A
// one-word label ("Subscribe", "Share") is a button or menu item, not a box with a tagline.
function dropRestOfBlock(segments: readonly Segment[], first: number, dropped: Set<number>): void {
  const block = segments[first]?.block;
  if (countWords(segments[first]?.text ?? "") <= 1) return;
  for (let index = first + 1; index < first + MAX_FURNITURE_BLOCK_LINES; index++) {
    const segment = segments[index];
    if (segment === undefined || segment.block !== block) return;
    if (isMetadataLine(segment.text) || isMetadataLine(segments[index + 1]?.text ?? "")) return;
    const isTagline =
      segment.text.length <= MAX_TAGLINE_LENGTH &&
      matchSourceLine(segment.text) === null &&
      !isCaption(segment.text);
    if (!isTagline && !isFurnitureLine(segment.text)) return;
    dropped.add(index);
  }
}

function dropSandwich(
  segments: readonly Segment[],
  start: number,
  end: number,
  dropped: Set<number>,
): void {
  const between = segments.slice(start + 1, end);
  const isShort = between.every(
    (segment, offset) =>
      segment.text.length <= MAX_TAGLINE_LENGTH &&
      matchSourceLine(segment.text) === null &&
      !isMetadataLine(segment.text) &&
      !isMetadataLine(segments[start + 2 + offset]?.text ?? ""),
  );
  if (!isShort) return;
  for (let index = start + 1; index < end; index++) dropped.add(index);
}

function isMetadataLine(text: string): boolean {
  return matchDateLine(text) !== null || matchByline(text) !== null;
}
