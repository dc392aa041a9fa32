/**
 * Search in two steps: the token index picks a few candidates in time that grows with the
 * postings of the query's words, and Fuse.js ranks only those, so ranking keeps Fuse's typo
 * tolerance and scores without scanning every document.
 */
import Fuse, { type IFuseOptions } from "fuse.js";
import { tokenizeQuery, tokenizeWords } from "./fuzzy-words.ts";
import { findCandidates, type CandidateQuery } from "./rank-candidates.ts";
import type { TokenIndexData } from "./token-index.ts";
import { buildVocabularyTrie } from "./word-neighbours.ts";

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
}

const QUERY_MAX = 200;

/** A search over `documents`, whose words `index` holds (document i is documents[i]). */
export function createCandidateSearch<T>(
  documents: readonly T[],
  index: TokenIndexData,
  options: CandidateSearchOptions<T>,
): SearchIndex<T> {
  const trie = buildVocabularyTrie(index.vocabulary);
  return {
    search(query, searchOptions) {
      const text = query.slice(0, QUERY_MAX);
      const candidateQuery = readCandidateQuery(text, options.isPrefixSearch);
      if (candidateQuery.words.length === 0 && candidateQuery.prefix === undefined) return [];
      const ids = findCandidates(index, trie, candidateQuery, options.candidateLimit);
      const pool = ids.flatMap((id) => {
        const document = documents[id];
        return document === undefined ? [] : [{ id, document }];
      });
      if (pool.length === 0) return [];
      const fuse = new Fuse(
        pool.map(({ document }) => document),
        options.fuse,
      );
      const limit = searchOptions?.limit;
      return fuse.search(text, limit === undefined ? undefined : { limit }).map((hit) => ({
        item: hit.item,
        refIndex: pool[hit.refIndex]?.id ?? -1,
        ...(hit.score === undefined ? {} : { score: hit.score }),
      }));
    },
  };
}

/** Query words; for autocomplete, an unfinished last word becomes the prefix. */
export function readCandidateQuery(query: string, isPrefixSearch: boolean): CandidateQuery {
  const words = tokenizeQuery(query);
  if (!isPrefixSearch || /\s$/u.test(query)) return { words };
  const last = tokenizeWords(query).at(-1)?.word;
  if (last === undefined || last === "") return { words };
  return { words: words.filter((word) => word !== last), prefix: last };
}
