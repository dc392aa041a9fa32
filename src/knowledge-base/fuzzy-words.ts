/** Word-level fuzzy matching shared by search ranking and highlighting. */
import type { Span } from "../model/analysis.ts";

/** A word: letters and digits, with inner apostrophes and hyphens ("don't", "Xi-led"). */
export const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const ASCII = /^[\x20-\x7e]*$/;
const PLAIN = /^[A-Za-z0-9]*$/;
const STOP_WORDS = new Set(
  "a an and are as at be but by for from has have he her his i in is it its of on or she that the their they this to was were what when where which who why will with".split(
    " ",
  ),
);

export interface WordToken {
  readonly word: string;
  readonly span: Span;
}

/** Lower-cases and strips diacritics so "Müller" finds "Muller". */
export function normalizeWord(word: string): string {
  // Most words are plain letters and digits: nothing to strip (the result is the same).
  if (PLAIN.test(word)) return word.toLowerCase();
  const decomposed = ASCII.test(word) ? word : word.normalize("NFD");
  return decomposed
    .replace(/\p{M}/gu, "")
    .replace(/[’']s$/u, "")
    .replace(/[’'-]/gu, "")
    .toLowerCase();
}

export function tokenizeWords(text: string): WordToken[] {
  return [...text.matchAll(WORD)].map((match) => ({
    word: normalizeWord(match[0]),
    span: [match.index, match.index + match[0].length] as const,
  }));
}

/** The words of a query worth matching: normalised, stop words dropped unless nothing is left. */
export function tokenizeQuery(query: string): string[] {
  const words = tokenizeWords(query.slice(0, 500)).map((token) => token.word);
  const content = words.filter((word) => !STOP_WORDS.has(word));
  return [...new Set(content.length > 0 ? content : words)].filter((word) => word.length > 0);
}

/** Typos allowed for a word of this length: none for short words, which match too much. */
export function allowedEdits(length: number): number {
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  return 2;
}

/**
 * Damerau–Levenshtein distance (optimal string alignment: adjacent swaps count once), giving up
 * above `limit`. Three rolling rows of typed arrays: this runs for thousands of words a query.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  if (width > rowsWidth) growRows(width);
  let twoAbove = rowA;
  let above = rowB;
  let row = rowC;
  for (let j = 0; j < width; j++) above[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    const charA = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const charB = b.charCodeAt(j - 1);
      let best = Math.min(
        (above[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (above[j - 1] ?? 0) + (charA === charB ? 0 : 1),
      );
      if (i > 1 && j > 1 && charA === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === charB) {
        best = Math.min(best, (twoAbove[j - 2] ?? 0) + 1);
      }
      row[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > limit) return limit + 1;
    [twoAbove, above, row] = [above, row, twoAbove];
  }
  return above[b.length] ?? limit + 1;
}

// The three rows, shared by every call (calls never overlap): thousands of words are compared per
// query, and fresh arrays for each comparison cost more in garbage collection than the comparing.
let rowsWidth = 64;
let rowA = new Int32Array(rowsWidth);
let rowB = new Int32Array(rowsWidth);
let rowC = new Int32Array(rowsWidth);

function growRows(width: number): void {
  rowsWidth = width;
  rowA = new Int32Array(width);
  rowB = new Int32Array(width);
  rowC = new Int32Array(width);
}

/** True when `candidate` is `queryWord` give or take typos, or starts with it (≥4 letters). */
export function isFuzzyWordMatch(queryWord: string, candidate: string): boolean {
  if (candidate === queryWord) return true;
  if (queryWord.length >= 4 && candidate.startsWith(queryWord)) return true;
  const limit = allowedEdits(queryWord.length);
  return (
    limit > 0 &&
    !hasTooManyOtherLetters(queryWord, candidate, limit) &&
    editDistance(queryWord, candidate, limit) <= limit
  );
}

// Letter counts for hasTooManyOtherLetters, left zeroed after each call.
const letterCounts = new Int32Array(128);

/**
 * True when one word holds more than `limit` letters the other lacks (counted as multisets), so
 * their edit distance is above `limit`: each edit adds or drops at most one letter on each side,
 * and a swap none. Linear, where the distance is quadratic: most words of a passage fail here.
 */
export function hasTooManyOtherLetters(a: string, b: string, limit: number): boolean {
  for (let at = 0; at < a.length; at++) {
    const code = a.charCodeAt(at);
    if (code >= 128) return (clearCounts(a, at), false);
    letterCounts[code] = (letterCounts[code] ?? 0) + 1;
  }
  for (let at = 0; at < b.length; at++) {
    const code = b.charCodeAt(at);
    if (code >= 128) return (clearCounts(a, a.length), clearCounts(b, at), false);
    letterCounts[code] = (letterCounts[code] ?? 0) - 1;
  }
  let extra = 0;
  let missing = 0;
  for (let at = 0; at < a.length; at++) {
    const code = a.charCodeAt(at);
    const count = letterCounts[code] ?? 0;
    if (count > 0) extra += count;
    letterCounts[code] = 0;
  }
  for (let at = 0; at < b.length; at++) {
    const code = b.charCodeAt(at);
    const count = letterCounts[code] ?? 0;
    if (count < 0) missing -= count;
    letterCounts[code] = 0;
  }
  return extra > limit || missing > limit;
}

function clearCounts(word: string, end: number): void {
  for (let at = 0; at < end; at++) {
    const code = word.charCodeAt(at);
    if (code < 128) letterCounts[code] = 0;
  }
}

export interface WordMatches {
  /** Spans of the text's words that match some query word, in text order. */
  readonly spans: readonly Span[];
  /** How many distinct query words were found. */
  readonly matchedWords: number;
}

/** The same word, or one sharing its first five letters or more ("sanction", "sanctions"). */
export function isSameWordStem(queryWord: string, candidate: string): boolean {
  if (candidate === queryWord) return true;
  const shorter = Math.min(queryWord.length, candidate.length);
  return shorter >= 5 && (candidate.startsWith(queryWord) || queryWord.startsWith(candidate));
}

export function matchQueryWords(
  text: string,
  queryWords: readonly string[],
  isMatch: (queryWord: string, candidate: string) => boolean = isFuzzyWordMatch,
): WordMatches {
  const spans: Span[] = [];
  const found = new Set<string>();
  for (const token of tokenizeWords(text)) {
    const hit = queryWords.find((word) => isMatch(word, token.word));
    if (hit === undefined) continue;
    spans.push(token.span);
    found.add(hit);
  }
  return { spans, matchedWords: found.size };
}
