/**
 * The ranking Fuse.js 7.5 gives a few documents in its plain (not token) search with
 * `ignoreLocation`, as for actor names and article titles: the whole query is one bitap pattern
 * against each field. Same scores, same order, without building a Fuse index per query, which
 * for the 100 names of each autocomplete keystroke allocated more than the rest of the query.
 * test/knowledge-base/plain-score.test.ts checks the scores against Fuse.js itself.
 */
import type { IFuseOptions } from "fuse.js";
import {
  bitapScore,
  createPatternAlphabet,
  MIN_SCORE,
  type PatternAlphabet,
} from "./bitap-score.ts";
import type { SearchHit } from "./candidate-search.ts";
import { fieldNorm, hasDefaultScoring, unscored, type TokenScoreKey } from "./token-score.ts";

/** Fuse runs bitap on patterns of at most 32 characters; a longer query goes in chunks. */
const CHUNK = 32;

/**
 * Whether `options` are ones this module ranks exactly as Fuse.js would: plain search that
 * ignores location, with Fuse's defaults for everything else that touches scores.
 */
export function isPlainScoreOptions<T>(options: IFuseOptions<T>): boolean {
  return (
    options.useTokenSearch !== true &&
    (options.location ?? 0) === 0 &&
    (options.keys ?? []).length > 0 &&
    hasDefaultScoring(options)
  );
}

interface Chunk {
  readonly pattern: string;
  readonly alphabet: PatternAlphabet;
  /** Where the chunk starts in the query: Fuse's expected location for it. */
  readonly location: number;
}

/** Fuse's chunks of a lowercased query: 32 characters each, the last one ending the query. */
function chunksOf(pattern: string): Chunk[] {
  const chunk = (text: string, location: number): Chunk => ({
    pattern: text,
    alphabet: createPatternAlphabet(text),
    location,
  });
  if (pattern.length <= CHUNK) return [chunk(pattern, 0)];
  const chunks: Chunk[] = [];
  const remainder = pattern.length % CHUNK;
  for (let at = 0; at < pattern.length - remainder; at += CHUNK) {
    chunks.push(chunk(pattern.slice(at, at + CHUNK), at));
  }
  if (remainder) chunks.push(chunk(pattern.slice(pattern.length - CHUNK), pattern.length - CHUNK));
  return chunks;
}

/** Fuse's score of the query against one field's lowercased text, or null for no match. */
function scoreText(lower: string, pattern: string, chunks: readonly Chunk[], threshold: number) {
  if (lower === pattern) return 0;
  // Found as typed: bitap's level-0 match, without its scan (one chunk: several could average
  // to a different last bit).
  if (chunks.length === 1 && lower.includes(pattern)) return MIN_SCORE;
  let total = 0;
  let isMatch = false;
  for (const { pattern: part, alphabet, location } of chunks) {
    const score = bitapScore(lower, part, alphabet, threshold, location);
    if (score !== null) isMatch = true;
    total += score ?? 1;
  }
  return isMatch ? total / chunks.length : null;
}

/**
 * Ranks `documents` for `query` as `new Fuse(documents, options).search(query, { limit })` does
 * in plain search: best first, ties in document order, documents matching nowhere left out.
 */
export function rankByPlainScore<T>(
  documents: readonly T[],
  keys: readonly TokenScoreKey<T>[],
  threshold: number,
  query: string,
  limit?: number,
): SearchHit<T>[] {
  if (query.trim().length === 0) return unscored(documents, limit);
  const pattern = query.toLowerCase();
  const chunks = chunksOf(pattern);
  const totalWeight = keys.reduce((sum, key) => sum + key.weight, 0);
  const hits: { item: T; refIndex: number; score: number }[] = [];
  documents.forEach((item, refIndex) => {
    let total = 1;
    let isMatch = false;
    for (const key of keys) {
      const text = key.get(item);
      // Fuse indexes no blank field.
      if (text.trim().length === 0) continue;
      const score = scoreText(text.toLowerCase(), pattern, chunks, threshold);
      if (score === null) continue;
      isMatch = true;
      const weight = key.weight / totalWeight;
      total *= Math.pow(
        score === 0 && weight ? Number.EPSILON : score,
        (weight || 1) * fieldNorm(text),
      );
    }
    if (isMatch) hits.push({ item, refIndex, score: total });
  });
  hits.sort((a, b) => (a.score === b.score ? a.refIndex - b.refIndex : a.score - b.score));
  return limit === undefined || limit < 0 ? hits : hits.slice(0, limit);
}
