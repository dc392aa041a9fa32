/** Word-level fuzzy matching shared by search ranking and highlighting. */
import type { Span } from "../model/analysis.ts";

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
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

/** Damerau–Levenshtein distance (adjacent swaps count once), giving up above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const above = i > 0 ? (rows[i - 1]?.[j] ?? 0) + 1 : j;
      const left = (row[j - 1] ?? 0) + 1;
      const diagonal = i > 0 ? (rows[i - 1]?.[j - 1] ?? 0) + cost : j;
      let best = Math.min(above, left, diagonal);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(best);
      rowMin = Math.min(rowMin, best);
    }
    if (i > 0 && rowMin > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? limit + 1;
}

/** True when `candidate` is `queryWord` give or take typos, or starts with it (≥4 letters). */
export function isFuzzyWordMatch(queryWord: string, candidate: string): boolean {
  if (candidate === queryWord) return true;
  if (queryWord.length >= 4 && candidate.startsWith(queryWord)) return true;
  const limit = allowedEdits(queryWord.length);
  return limit > 0 && editDistance(queryWord, candidate, limit) <= limit;
}

export interface WordMatches {
  /** Spans of the text's words that match some query word, in text order. */
  readonly spans: readonly Span[];
  /** How many distinct query words were found. */
  readonly matchedWords: number;
}

export function matchQueryWords(text: string, queryWords: readonly string[]): WordMatches {
  const spans: Span[] = [];
  const found = new Set<string>();
  for (const token of tokenizeWords(text)) {
    const hit = queryWords.find((word) => isFuzzyWordMatch(word, token.word));
    if (hit === undefined) continue;
    spans.push(token.span);
    found.add(hit);
  }
  return { spans, matchedWords: found.size };
}
