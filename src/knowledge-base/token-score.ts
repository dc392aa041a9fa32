/**
 * The ranking Fuse.js 7.5 gives a few documents in token search (`useTokenSearch`,
 * `ignoreLocation`, no extended search, default tokenizer, case- and diacritic-insensitive off):
 * the same scores in the same order, computed without building a Fuse index per query.
 *
 * Fuse lowercases every field once per query word and runs its bitap scan even where the word
 * stands in the text as typed; here a field is lowercased once, and a word found as typed gets
 * bitap's answer for an exact match (0.001, or 0 for the whole field) without the scan. Words
 * not found as typed go through the bitap scan itself (bitap-score.ts, ported from Fuse.js,
 * Apache-2.0). test/knowledge-base/token-score.test.ts checks the scores against Fuse.js itself.
 */
import type { IFuseOptions } from "fuse.js";
import { createTermScorer, MIN_SCORE } from "./bitap-score.ts";
import type { SearchHit } from "./candidate-search.ts";

/** Fuse's token analyser: lowercase, then runs of letters, marks, digits and underscores. */
const TOKEN = /[\p{L}\p{M}\p{N}_]+/gu;
const NORM_DIGITS = 1000;

export interface TokenScoreKey<T> {
  readonly get: (document: T) => string;
  /** As given to Fuse; normalised to sum to 1, as Fuse does. */
  readonly weight: number;
}

/** The keys of Fuse options whose keys are plain field names, as the knowledge base's are. */
export function keysOf<T>(options: IFuseOptions<T>): readonly TokenScoreKey<T>[] {
  return (options.keys ?? []).map((key) => {
    const name = plainKeyName(key);
    if (name === null) throw new Error("token scoring reads plain field names only");
    const weight = typeof key === "object" && !Array.isArray(key) ? (key.weight ?? 1) : 1;
    return {
      get: (document: T) => {
        const value = (document as Record<string, unknown>)[name];
        return typeof value === "string" ? value : "";
      },
      weight,
    };
  });
}

/**
 * Whether `options` are ones this module ranks exactly as Fuse.js would: token search that ignores
 * location, with Fuse's defaults for everything else that touches scores.
 */
export function isTokenScoreOptions<T>(options: IFuseOptions<T>): boolean {
  return (
    options.useTokenSearch === true &&
    options.tokenize === undefined &&
    options.tokenMatch !== "all" &&
    hasDefaultScoring(options)
  );
}

/**
 * What both exact rankings (token-score.ts, plain-score.ts) need of Fuse options besides their
 * own search mode: location ignored, and Fuse's defaults for everything else that touches
 * scores, with keys that are plain field names.
 */
export function hasDefaultScoring<T>(options: IFuseOptions<T>): boolean {
  return (
    options.ignoreLocation === true &&
    options.useExtendedSearch !== true &&
    options.isCaseSensitive !== true &&
    options.ignoreDiacritics !== true &&
    options.includeMatches !== true &&
    (options.minMatchCharLength ?? 1) <= 1 &&
    options.findAllMatches !== true &&
    options.ignoreFieldNorm !== true &&
    (options.fieldNormWeight ?? 1) === 1 &&
    options.shouldSort !== false &&
    options.sortFn === undefined &&
    options.getFn === undefined &&
    (options.keys ?? []).every((key) => plainKeyName(key) !== null)
  );
}

type FuseKey<T> = NonNullable<IFuseOptions<T>["keys"]>[number];

/** The field a Fuse key reads, when it is one plain field name with no getter; else null. */
function plainKeyName<T>(key: FuseKey<T>): string | null {
  if (typeof key === "string") return key.includes(".") ? null : key;
  if (Array.isArray(key) || typeof key.name !== "string" || key.getFn) return null;
  return key.name.includes(".") ? null : key.name;
}

const tokenize = (lower: string): string[] => lower.match(TOKEN) ?? [];
const isBlank = (text: string): boolean => text.trim().length === 0;

/** Fuse's field norm: 1 / √(words), words split at whitespace, to 3 decimals. */
export function fieldNorm(text: string): number {
  let words = 0;
  let inWord = false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    const isSeparator = (code >= 9 && code <= 13) || code === 32 || code === 160;
    if (!isSeparator && !inWord) words++;
    inWord = !isSeparator;
  }
  return Math.round(NORM_DIGITS / Math.pow(Math.max(1, words), 0.5)) / NORM_DIGITS;
}

/** Fuse's answer to a blank query, in either search: every document, unscored. */
export function unscored<T>(documents: readonly T[], limit?: number): SearchHit<T>[] {
  const all = documents.map((item, refIndex) => ({ item, refIndex }));
  return limit === undefined || limit < 0 ? all : all.slice(0, limit);
}

/**
 * Ranks `documents` for `query` as `new Fuse(documents, options).search(query, { limit })` does
 * with token search: best first, ties in document order, documents matching no word left out.
 */
export function rankByTokenScore<T>(
  documents: readonly T[],
  keys: readonly TokenScoreKey<T>[],
  threshold: number,
  query: string,
  limit?: number,
): SearchHit<T>[] {
  if (isBlank(query)) return unscored(documents, limit);
  const terms = tokenize(query.toLowerCase());
  if (terms.length === 0 || documents.length === 0) return [];
  const totalWeight = keys.reduce((sum, key) => sum + key.weight, 0);
  const fields = documents.map((document) =>
    keys.map((key) => {
      const text = key.get(document);
      return isBlank(text) ? null : { text, lower: text.toLowerCase() };
    }),
  );
  const idf = inverseDocumentFrequencies(fields, terms);
  const scorers = terms.map((term) => createTermScorer(term, threshold));
  const hits: { item: T; refIndex: number; score: number }[] = [];
  fields.forEach((documentFields, refIndex) => {
    let total = 1;
    let isMatch = false;
    documentFields.forEach((field, keyIndex) => {
      if (field === null) return;
      const score = scoreField(field.lower, scorers, idf);
      if (score === null) return;
      isMatch = true;
      const weight = (keys[keyIndex]?.weight ?? 1) / totalWeight;
      total *= Math.pow(
        score === 0 && weight ? Number.EPSILON : score,
        (weight || 1) * fieldNorm(field.text),
      );
    });
    const item = documents[refIndex];
    if (isMatch && item !== undefined) hits.push({ item, refIndex, score: total });
  });
  hits.sort((a, b) => (a.score === b.score ? a.refIndex - b.refIndex : a.score - b.score));
  return limit === undefined || limit < 0 ? hits : hits.slice(0, limit);
}

const TOKEN_CHAR = /^[\p{L}\p{M}\p{N}_]$/u;
const ASCII_TOKEN_CHARS = Uint8Array.from({ length: 128 }, (_, code) =>
  TOKEN_CHAR.test(String.fromCharCode(code)) ? 1 : 0,
);

/** Whether the code point at `at` (or the pair ending at `at`, looking back) is a token character. */
function isTokenCharAt(text: string, at: number, isBackward: boolean): boolean {
  if (at < 0 || at >= text.length) return false;
  let start = at;
  const unit = text.charCodeAt(at);
  if (unit < 128) return ASCII_TOKEN_CHARS[unit] === 1;
  if (isBackward && unit >= 0xdc00 && unit <= 0xdfff && at > 0) {
    const high = text.charCodeAt(at - 1);
    if (high >= 0xd800 && high <= 0xdbff) start = at - 1;
  }
  const point = text.codePointAt(start) ?? 0;
  return TOKEN_CHAR.test(String.fromCodePoint(point));
}

/** Whether `term` (token characters only) is one of the tokens of `lower`, as Fuse splits it. */
export function hasToken(lower: string, term: string): boolean {
  for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
    if (!isTokenCharAt(lower, at - 1, true) && !isTokenCharAt(lower, at + term.length, false)) {
      return true;
    }
  }
  return false;
}

const ANY_TOKEN_CHAR = /[\p{L}\p{M}\p{N}_]/u;

/** Fuse's inverse document frequency of each query word, over the fields being ranked. */
function inverseDocumentFrequencies(
  fields: readonly (readonly ({ readonly lower: string } | null)[])[],
  terms: readonly string[],
): number[] {
  const distinct = [...new Set(terms)];
  const frequencies = new Map<string, number>(distinct.map((term) => [term, 0]));
  let fieldCount = 0;
  for (const documentFields of fields) {
    for (const field of documentFields) {
      if (field === null || !ANY_TOKEN_CHAR.test(field.lower)) continue;
      fieldCount++;
      for (const term of distinct) {
        if (hasToken(field.lower, term)) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
      }
    }
  }
  return terms.map((term) => {
    const frequency = frequencies.get(term) ?? 0;
    return Math.log(1 + (fieldCount - frequency + 0.5) / (frequency + 0.5));
  });
}

/** Token search's score of one field: idf-weighted, 1 − share of the words matched well; null for no word. */
function scoreField(
  lower: string,
  scorers: readonly ((lower: string) => number | null)[],
  idf: readonly number[],
): number | null {
  let weighted = 0;
  let possible = 0;
  let matched = 0;
  scorers.forEach((scorer, at) => {
    const weight = idf[at] ?? 0;
    possible += weight;
    const score = scorer(lower);
    if (score === null) return;
    matched++;
    weighted += weight * (1 - score);
  });
  if (matched === 0) return null;
  const normalized = possible > 0 ? 1 - weighted / possible : 0;
  return Math.max(MIN_SCORE, normalized);
}
