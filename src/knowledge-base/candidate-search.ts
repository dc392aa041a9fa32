/**
 * Search in two steps: the token index picks a few candidates in time that grows with the
 * postings of the query's words, and Fuse.js ranks only those, so ranking keeps Fuse's typo
 * tolerance and scores without scanning every document.
 */
import Fuse, { type IFuseOptions } from "fuse.js";
import { tokenizeQuery, tokenizeWords } from "./fuzzy-words.ts";
import { createTermMatcher } from "./term-matcher.ts";
import {
  isTokenScoreOptions,
  keysOf,
  rankByTokenScore,
  type TokenScoreKey,
} from "./token-score.ts";
import { comparePhraseMatches } from "./word-matcher.ts";
import { isPlainScoreOptions, rankByPlainScore } from "./plain-score.ts";
import { createCandidateScratch, findCandidates, type CandidateQuery } from "./rank-candidates.ts";
import type { TokenIndexData } from "./token-index.ts";
import type { DocumentList } from "./knowledge-base.ts";
import { buildVocabularyTrie, createTermFinder, type TermFinder } from "./word-neighbours.ts";

/** One result: the document, its position in the index, and Fuse's score (0 is perfect). */
export interface SearchHit<T> {
  readonly item: T;
  readonly refIndex: number;
  readonly score?: number;
}

/** What every index of the knowledge base answers; the shape of Fuse's own `search`. */
export interface SearchIndex<T> {
  search(query: string, options?: { readonly limit?: number }): SearchHit<T>[];
}

export interface CandidateSearchOptions<T> {
  readonly fuse: IFuseOptions<T>;
  /** How many candidates Fuse ranks: more finds more, fewer answers faster. */
  readonly candidateLimit: number;
  /** Autocomplete: the last word may still be being typed, so it matches words it begins. */
  readonly isPrefixSearch: boolean;
  /**
   * For long texts: take a larger pool from the index, then keep the candidates holding the most
   * query words closest together, since the index knows which words a passage has but not where.
   */
  readonly proximity?: ProximityOptions | undefined;
}

export interface ProximityOptions {
  readonly poolLimit: number;
}

const QUERY_MAX = 200;
/** Fuse.js's threshold when the options give none. */
const FUSE_DEFAULT_THRESHOLD = 0.6;

/** A search over `documents`, whose words `index` holds (document i is documents[i]). */
export function createCandidateSearch<T>(
  documents: DocumentList<T>,
  index: TokenIndexData,
  options: CandidateSearchOptions<T>,
): SearchIndex<T> {
  const trie = buildVocabularyTrie(index.vocabulary);
  const scratch = createCandidateScratch(index.documentCount);
  const findTerms = createTermFinder(trie, index, new Map());
  // Allocated once the first query needs it: names and titles never narrow by proximity.
  let verdictTable: Int32Array | undefined;
  return {
    search(query, searchOptions) {
      const text = query.slice(0, QUERY_MAX);
      const candidateQuery = readCandidateQuery(text, options.isPrefixSearch);
      if (candidateQuery.words.length === 0 && candidateQuery.prefix === undefined) return [];
      const { proximity, candidateLimit } = options;
      const pooled = findCandidates(
        index,
        findTerms,
        candidateQuery,
        proximity?.poolLimit ?? candidateLimit,
        scratch,
      );
      let ids = pooled;
      if (proximity !== undefined && pooled.length > candidateLimit) {
        verdictTable ??= new Int32Array(index.vocabulary.length);
        const narrowed = narrowByProximity(pooled, {
          text,
          index,
          findTerms,
          verdicts: verdictTable,
        });
        ids = narrowed.slice(0, candidateLimit);
      }
      const pool = ids.flatMap((id) => {
        const document = documents.at(id);
        return document === undefined ? [] : [{ id, document }];
      });
      const ranked = rankWithFuse(
        pool.map(({ document }) => document),
        options.fuse,
        text,
        searchOptions?.limit,
      );
      return ranked.map((hit) => ({ ...hit, refIndex: pool[hit.refIndex]?.id ?? -1 }));
    },
  };
}

const tokenScoreKeys = new WeakMap<object, readonly TokenScoreKey<never>[]>();

/** The plain keys of options, read once per option set. */
function keysFor<T>(fuseOptions: IFuseOptions<T>): readonly TokenScoreKey<T>[] {
  let keys = tokenScoreKeys.get(fuseOptions) as readonly TokenScoreKey<T>[] | undefined;
  if (keys === undefined) {
    keys = keysOf(fuseOptions);
    tokenScoreKeys.set(fuseOptions, keys);
  }
  return keys;
}

/**
 * Fuse.js's ranking of a few documents: the ranking step, also for callers holding a small pool.
 * Token-search options (passages, quotes) are ranked by token-score.ts and plain ones that ignore
 * location (names, titles) by plain-score.ts, which give Fuse's own scores without building a
 * Fuse index per query; other options go through Fuse.js itself.
 */
export function rankWithFuse<T>(
  documents: readonly T[],
  fuseOptions: IFuseOptions<T>,
  query: string,
  limit?: number,
): SearchHit<T>[] {
  if (documents.length === 0) return [];
  const exact = isTokenScoreOptions(fuseOptions)
    ? rankByTokenScore
    : isPlainScoreOptions(fuseOptions)
      ? rankByPlainScore
      : null;
  if (exact !== null) {
    const threshold = fuseOptions.threshold ?? FUSE_DEFAULT_THRESHOLD;
    return exact(documents, keysFor(fuseOptions), threshold, query.slice(0, QUERY_MAX), limit);
  }
  const fuse = new Fuse(documents, fuseOptions);
  return fuse
    .search(query.slice(0, QUERY_MAX), limit === undefined ? undefined : { limit })
    .map((hit) => ({
      item: hit.item,
      refIndex: hit.refIndex,
      ...(hit.score === undefined ? {} : { score: hit.score }),
    }));
}

/** Pool ids, best first by query words held, then by how much of the query they hold in order. */
function narrowByProximity(
  ids: readonly number[],
  query: {
    readonly text: string;
    readonly index: TokenIndexData;
    readonly findTerms: TermFinder;
    readonly verdicts: Int32Array;
  },
): number[] {
  const typed = tokenizeWords(query.text).map((token) => token.word);
  // The vocabulary holds every word of every document, so the typo check becomes a look-up.
  const positions = new Map<number, number[]>();
  typed.forEach((word, at) => {
    for (const termId of query.findTerms(word, false)) {
      const list = positions.get(termId);
      if (list === undefined) positions.set(termId, [at]);
      else if (list.at(-1) !== at) list.push(at);
    }
  });
  const matcher = createTermMatcher(typed, tokenizeQuery(query.text), positions, query.verdicts);
  const { wordStarts, words } = query.index;
  try {
    return ids
      .map((id, rank) => ({
        id,
        rank,
        matches: matcher.match(words, wordStarts[id] ?? 0, wordStarts[id + 1] ?? 0),
      }))
      .sort((a, b) => comparePhraseMatches(a.matches, b.matches) || a.rank - b.rank)
      .map(({ id }) => id);
  } finally {
    matcher.release();
  }
}

/** Query words; for autocomplete, an unfinished last word becomes the prefix. */
export function readCandidateQuery(query: string, isPrefixSearch: boolean): CandidateQuery {
  const words = tokenizeQuery(query);
  if (!isPrefixSearch || /\s$/u.test(query)) return { words };
  const last = tokenizeWords(query).at(-1)?.word;
  if (last === undefined || last === "") return { words };
  return { words: words.filter((word) => word !== last), prefix: last };
}
