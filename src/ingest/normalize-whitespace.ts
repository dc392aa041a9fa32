/** Whitespace rules shared by every ingest step: passages are verbatim apart from these. */

// `\s` in JavaScript covers tabs, no-break spaces (U+00A0), the U+2000 range, U+202F, U+3000
// and the BOM, which pasted web pages are full of.
const WHITESPACE_RUN = /\s+/g;
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;

/** Collapses every run of whitespace to one space and trims the ends. */
export function normalizeWhitespace(text: string): string {
  return text.replace(WHITESPACE_RUN, " ").trim();
}

/** Splits text into lines, accepting Unix, Windows and old Mac line endings. */
export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/** Counts words the simple way: runs of non-space characters. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === "" ? 0 : trimmed.split(" ").length;
}
