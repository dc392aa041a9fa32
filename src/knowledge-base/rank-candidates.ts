/**
 * Picks the few documents worth ranking: those holding the most query words (give or take typos),
 * rarer words counting more. Costs the postings of the matching words, not the corpus.
 */
import type { TokenIndexData } from "./token-index.ts";
import { findWordTerms } from "./word-neighbours.ts";

export interface CandidateQuery {
  /** Normalised query words, distinct. */
  readonly words: readonly string[];
  /** A word still being typed (autocomplete): it matches every word it begins. */
  readonly prefix?: string | undefined;
}

/** A near match is worth less than the word itself, so exact spellings rank first among ties. */
const NEAR_MATCH_WEIGHT = 0.7;
const MAX_QUERY_WORDS = 32;

/** Document ids, best first: most query words matched, then weight, then document order. */
export function findCandidates(
  index: TokenIndexData,
  query: CandidateQuery,
  limit: number,
): number[] {
  const words = query.words.slice(0, MAX_QUERY_WORDS).map((word) => ({ word, isPrefix: false }));
  if (query.prefix !== undefined && query.prefix !== "") {
    words.push({ word: query.prefix, isPrefix: true });
  }
  const counts = new Uint8Array(index.documentCount);
  const weights = new Float64Array(index.documentCount);
  const stamps = new Uint8Array(index.documentCount);
  const touched: number[] = [];
  words.forEach(({ word, isPrefix }, position) => {
    const stamp = (position % 255) + 1;
    const terms = findWordTerms(index.vocabulary, word, isPrefix);
    const matched: number[] = [];
    const exact = new Set<number>();
    for (const termId of terms) {
      const isExact = index.vocabulary[termId] === word;
      for (let at = index.offsets[termId] ?? 0; at < (index.offsets[termId + 1] ?? 0); at++) {
        const documentId = index.postings[at] ?? 0;
        if (isExact) exact.add(documentId);
        if (stamps[documentId] === stamp) continue;
        stamps[documentId] = stamp;
        matched.push(documentId);
      }
    }
    const idf = Math.log(1 + index.documentCount / Math.max(1, matched.length));
    for (const documentId of matched) {
      if (counts[documentId] === 0) touched.push(documentId);
      counts[documentId] = (counts[documentId] ?? 0) + 1;
      weights[documentId] =
        (weights[documentId] ?? 0) + (exact.has(documentId) ? idf : idf * NEAR_MATCH_WEIGHT);
    }
  });
  return selectBest(touched, counts, weights, limit);
}

/** The `limit` best of `touched`, without sorting them all: whole count buckets, then one cut. */
function selectBest(
  touched: readonly number[],
  counts: Uint8Array,
  weights: Float64Array,
  limit: number,
): number[] {
  const buckets: number[][] = [];
  for (const documentId of touched) {
    const count = counts[documentId] ?? 0;
    (buckets[count] ??= []).push(documentId);
  }
  const chosen: number[] = [];
  for (let count = buckets.length - 1; count > 0 && chosen.length < limit; count--) {
    const bucket = buckets[count];
    if (bucket === undefined) continue;
    const room = limit - chosen.length;
    const ranked = bucket.length <= room ? bucket : cutBucket(bucket, weights, room);
    chosen.push(...ranked.sort((a, b) => (weights[b] ?? 0) - (weights[a] ?? 0) || a - b));
  }
  return chosen;
}

/** The `room` heaviest documents of a bucket, ties kept in document order. */
function cutBucket(bucket: readonly number[], weights: Float64Array, room: number): number[] {
  const sorted = Float64Array.from(bucket, (documentId) => weights[documentId] ?? 0).sort();
  const threshold = sorted[sorted.length - room] ?? 0;
  const above = bucket.filter((documentId) => (weights[documentId] ?? 0) > threshold);
  const tied = bucket.filter((documentId) => (weights[documentId] ?? 0) === threshold);
  return [...above, ...tied.slice(0, room - above.length)];
}
