/**
 * Picks the few documents worth ranking: those holding the most query words (give or take typos),
 * rarer words counting more. Costs the postings of the matching words, not the corpus.
 */
import { countDocuments, type TokenIndexData } from "./token-index.ts";
import type { TermFinder } from "./word-neighbours.ts";
import { findSingleWordCandidates, type WordPlan } from "./candidate-shortcuts.ts";
import { findShortDocumentCandidates } from "./short-document-candidates.ts";
import { selectHeaviest } from "./select-top.ts";

export { selectNth } from "./select-top.ts";

export interface CandidateQuery {
  /** Normalised query words, distinct. */
  readonly words: readonly string[];
  /** A word still being typed (autocomplete): it matches every word it begins. */
  readonly prefix?: string | undefined;
}

/** A near match is worth less than the word itself, so exact spellings rank first among ties. */
const NEAR_MATCH_WEIGHT = 0.7;
const MAX_QUERY_WORDS = 32;
/**
 * Postings one query word may cost through its look-alikes (typos, longer words it begins).
 * A word's own postings are always read; past this, rarer look-alikes are left out, so a word
 * like "hall" cannot turn into 126 terms and 391k postings at a million passages.
 */
export const EXPANSION_POSTINGS_BUDGET = 30_000;

/** Per-document tallies, reused from query to query (queries run one at a time). */
export interface CandidateScratch {
  readonly counts: Uint8Array;
  readonly weights: Float64Array;
  readonly stamps: Uint8Array;
}

/**
 * Zeroed tallies for an index of `documentCount` documents. Written through once here: a fresh
 * array's pages are only mapped when first written, and a query touching documents all over a
 * million of them would otherwise pay over a thousand page faults (10-20 ms, seen at 1M).
 */
export function createCandidateScratch(documentCount: number): CandidateScratch {
  return {
    counts: new Uint8Array(documentCount).fill(0),
    weights: new Float64Array(documentCount).fill(0),
    stamps: new Uint8Array(documentCount).fill(0),
  };
}

/**
 * Document ids, best first: most query words matched, then weight, then document order. The
 * scratch is left zeroed again, touching only the documents this query touched.
 */
export function findCandidates(
  index: TokenIndexData,
  findTerms: TermFinder,
  query: CandidateQuery,
  limit: number,
  scratch: CandidateScratch = createCandidateScratch(index.documentCount),
): number[] {
  const plan = planWords(index, findTerms, query);
  const [only] = plan;
  if (plan.length === 1 && only !== undefined) {
    return findSingleWordCandidates(index, only.terms, only.word, limit);
  }
  return (
    findShortDocumentCandidates(index, plan, limit) ?? tallyCandidates(index, plan, limit, scratch)
  );
}

/** findCandidates by tallying every posting of every query word: the general way. */
export function tallyCandidates(
  index: TokenIndexData,
  plan: readonly WordPlan[],
  limit: number,
  scratch: CandidateScratch = createCandidateScratch(index.documentCount),
): number[] {
  const scores: Scores = { ...scratch, touched: [] };
  try {
    plan.forEach((word, position) => {
      const stamp = (position % 255) + 1;
      for (const termId of word.terms) {
        const weight = index.vocabulary[termId] === word.word ? word.weight : word.nearWeight;
        addPostings(index, termId, stamp, weight, scores);
      }
    });
    return selectBest(scores.touched, scores.counts, scores.weights, limit);
  } finally {
    for (const documentId of scores.touched) {
      scratch.counts[documentId] = 0;
      scratch.weights[documentId] = 0;
      scratch.stamps[documentId] = 0;
    }
  }
}

/** Each query word (at most MAX_QUERY_WORDS, then the prefix) with its terms and weights. */
export function planWords(
  index: TokenIndexData,
  findTerms: TermFinder,
  query: CandidateQuery,
): WordPlan[] {
  const words = query.words.slice(0, MAX_QUERY_WORDS).map((word) => ({ word, isPrefix: false }));
  if (query.prefix !== undefined && query.prefix !== "") {
    words.push({ word: query.prefix, isPrefix: true });
  }
  return words.map(({ word, isPrefix }) => {
    const terms = orderByLikelihood(index, findTerms(word, isPrefix), word);
    // The summed document counts stand in for the size of their union: rarer words weigh more.
    const total = terms.reduce((sum, termId) => sum + countDocuments(index, termId), 0);
    const idf = Math.log(1 + index.documentCount / Math.max(1, total));
    return { word, terms, postings: total, weight: idf, nearWeight: idf * NEAR_MATCH_WEIGHT };
  });
}

/**
 * The terms a word stands for, most likely first, within its postings budget: the word as
 * spelled (so a document holding it gets the full weight), then look-alikes by how many documents
 * hold them (a common word is the likelier meaning of a typo). Look-alikes past the budget are
 * dropped; the first one is always kept, so a typo still finds its word.
 */
export function orderByLikelihood(
  index: TokenIndexData,
  terms: readonly number[],
  word: string,
): number[] {
  const exact = terms.filter((termId) => index.vocabulary[termId] === word);
  const others = terms.filter((termId) => index.vocabulary[termId] !== word);
  let spent = exact.reduce((sum, termId) => sum + countDocuments(index, termId), 0);
  const total = others.reduce((sum, termId) => sum + countDocuments(index, termId), spent);
  if (total <= EXPANSION_POSTINGS_BUDGET) return [...exact, ...others];
  others.sort((a, b) => countDocuments(index, b) - countDocuments(index, a) || a - b);
  const kept = [...exact];
  for (const termId of others) {
    const cost = countDocuments(index, termId);
    if (kept.length > exact.length && spent + cost > EXPANSION_POSTINGS_BUDGET) break;
    kept.push(termId);
    spent += cost;
  }
  return kept;
}

interface Scores {
  readonly counts: Uint8Array;
  readonly weights: Float64Array;
  /** Which query word last counted each document, so a word counts once per document. */
  readonly stamps: Uint8Array;
  readonly touched: number[];
}

function addPostings(
  index: TokenIndexData,
  termId: number,
  stamp: number,
  weight: number,
  scores: Scores,
): void {
  const { counts, weights, stamps, touched } = scores;
  const end = index.offsets[termId + 1] ?? 0;
  for (let at = index.offsets[termId] ?? 0; at < end; at++) {
    const documentId = index.postings[at] ?? 0;
    if (stamps[documentId] === stamp) continue;
    stamps[documentId] = stamp;
    const count = counts[documentId] ?? 0;
    if (count === 0) touched.push(documentId);
    counts[documentId] = count + 1;
    weights[documentId] = (weights[documentId] ?? 0) + weight;
  }
}

/**
 * The `limit` best of `touched`, without sorting them all: a count of documents per number of
 * query words held says which buckets are needed whole and which one is cut; only those are
 * gathered (a common word touches 100k documents, nearly all in the lowest bucket).
 */
function selectBest(
  touched: readonly number[],
  counts: Uint8Array,
  weights: Float64Array,
  limit: number,
): number[] {
  const sizes: number[] = [];
  for (const documentId of touched) {
    const count = counts[documentId] ?? 0;
    sizes[count] = (sizes[count] ?? 0) + 1;
  }
  let lowest = sizes.length;
  let gathered = 0;
  while (lowest > 1 && gathered < limit) {
    lowest--;
    gathered += sizes[lowest] ?? 0;
  }
  const buckets: number[][] = [];
  for (const documentId of touched) {
    const count = counts[documentId] ?? 0;
    if (count >= lowest && count > 0) (buckets[count] ??= []).push(documentId);
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

/** The `room` heaviest documents of a bucket; among ties, the first documents. */
function cutBucket(bucket: readonly number[], weights: Float64Array, room: number): number[] {
  const values = Float64Array.from(bucket, (documentId) => weights[documentId] ?? 0);
  return selectHeaviest(bucket, values, room).map((at) => bucket[at] ?? 0);
}
