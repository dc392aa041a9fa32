/** Text → segments: the candidate passages, each with the blank-line block it came from. */
import { matchByline } from "./line-patterns.ts";
import { normalizeWhitespace, splitLines } from "./normalize-whitespace.ts";
import { matchDateLine } from "./page-header.ts";

/** Markup hints from Markdown; raw page text has none. */
export type SegmentHint = "none" | "heading" | "image";

/** One candidate passage: a line of a raw page, or a block of Markdown. */
export interface Segment {
  /** Whitespace-normalised text, never empty. */
  readonly text: string;
  /** Index of the blank-line-separated block; boilerplate is judged block by block. */
  readonly block: number;
  readonly hint: SegmentHint;
}

// A hard-wrapped line stops mid-sentence with the next line carrying on in lower case, or, in
// text wrapped at a fixed width, reaches near that width.
const MIN_WRAPPED_LINE_LENGTH = 40;
const MAX_WRAP_WIDTH = 100;
const NEAR_WRAP_RATIO = 0.75;
const MIN_LINES_NEAR_MARGIN = 5;
const MIN_WRAPPED_BLOCKS = 2;
const SENTENCE_END_CHARACTERS = new Set(Array.from(`.!?:;"”’')]…`));
const STARTS_LOWER_CASE = /^\p{Ll}/u;
const MARKDOWN_HEADING = /^#{1,6}[ \t]+/;
const MARKDOWN_HEADING_CLOSE = /[ \t]+#+[ \t]*$/;
const MARKDOWN_IMAGE = /^!\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)$/;

/**
 * Pasted web pages put one paragraph on one line, so each non-empty line is a segment; lines of
 * hard-wrapped text are joined back into their paragraph.
 */
export function segmentRawText(text: string): Segment[] {
  const segments: Segment[] = [];
  // Lines of the segment being built, joined once at its end: joining line by line would copy
  // the growing paragraph every time.
  let current: { lines: string[]; block: number } | null = null;
  let block = 0;
  const closeSegment = (): void => {
    if (current !== null)
      segments.push({ text: current.lines.join(" "), block: current.block, hint: "none" });
    current = null;
  };
  const lines = splitLines(text).map(normalizeWhitespace);
  const wrapWidth = findWrapWidth(lines);
  for (const normalized of lines) {
    if (normalized === "") {
      if (current !== null) block++;
      closeSegment();
      continue;
    }
    const previousLine: string | undefined = current?.lines.at(-1);
    if (
      current === null ||
      previousLine === undefined ||
      !isWrappedContinuation(previousLine, normalized, wrapWidth)
    ) {
      closeSegment();
      current = { lines: [], block };
    }
    current.lines.push(normalized);
  }
  closeSegment();
  return segments;
}

function isWrappedContinuation(previous: string, next: string, wrapWidth: number | null): boolean {
  if (isMetadataLine(next)) return false;
  const isNearMargin = wrapWidth !== null && previous.length >= wrapWidth * NEAR_WRAP_RATIO;
  const lastCharacter = previous.at(-1) ?? "";
  const isMidSentence =
    previous.length >= MIN_WRAPPED_LINE_LENGTH &&
    !SENTENCE_END_CHARACTERS.has(lastCharacter) &&
    STARTS_LOWER_CASE.test(next);
  return isNearMargin || isMidSentence;
}

/**
 * The width text was hard-wrapped at, or null. Wrapped text (e-mail, plain-text exports) breaks
 * many lines near one width and has paragraphs of several lines; a pasted web page never does,
 * since each of its paragraphs is one long line.
 */
function findWrapWidth(lines: readonly string[]): number | null {
  let width = 0;
  let multiLineBlocks = 0;
  lines.forEach((line, index) => {
    width = Math.max(width, line.length);
    const isBlockStart = index === 0 || lines[index - 1] === "";
    if (line !== "" && isBlockStart && (lines[index + 1] ?? "") !== "") multiLineBlocks++;
  });
  if (width === 0 || width > MAX_WRAP_WIDTH || multiLineBlocks < MIN_WRAPPED_BLOCKS) return null;
  const nearMargin = lines.filter((line) => line.length >= width * NEAR_WRAP_RATIO).length;
  return nearMargin >= MIN_LINES_NEAR_MARGIN ? width : null;
}

/** Markdown paragraphs are blocks separated by blank lines; `#` lines are headings. */
export function segmentMarkdown(text: string): Segment[] {
  const segments: Segment[] = [];
  let lines: string[] = [];
  const closeBlock = (): void => {
    if (lines.length > 0) segments.push(toMarkdownSegment(lines, segments.length));
    lines = [];
  };
  for (const line of splitLines(text)) {
    if (line.trim() === "") {
      closeBlock();
    } else if (MARKDOWN_HEADING.test(line)) {
      // A heading line ends the paragraph before it even without a blank line.
      closeBlock();
      lines = [line];
      closeBlock();
    } else if (isMetadataLine(line)) {
      // Bylines and date lines are lines of their own even when Markdown would join them.
      closeBlock();
      lines = [line];
      closeBlock();
    } else {
      lines.push(line);
    }
  }
  closeBlock();
  return segments;
}

function toMarkdownSegment(lines: readonly string[], block: number): Segment {
  const text = normalizeWhitespace(lines.join(" "));
  if (lines.length === 1 && MARKDOWN_HEADING.test(text)) {
    const heading = normalizeWhitespace(
      text.replace(MARKDOWN_HEADING, "").replace(MARKDOWN_HEADING_CLOSE, ""),
    );
    return { text: heading === "" ? text : heading, block, hint: "heading" };
  }
  const image = text.length <= 2600 ? MARKDOWN_IMAGE.exec(text) : null;
  const alt = normalizeWhitespace(image?.[1] ?? "");
  if (image && alt !== "") return { text: alt, block, hint: "image" };
  return { text, block, hint: "none" };
}

function isMetadataLine(line: string): boolean {
  const normalized = normalizeWhitespace(line);
  return matchByline(normalized) !== null || matchDateLine(normalized) !== null;
}

/** Markdown without front matter is recognised by a `#` heading on its first non-empty line. */
export function looksLikeMarkdown(text: string): boolean {
  const firstLine = splitLines(text.slice(0, 4096)).find((line) => line.trim() !== "");
  return firstLine !== undefined && /^#[ \t]+\S/.test(firstLine);
}
