/** The index step's output: every article with its analysis, and the search indices. */
import type { Article } from "../model/article.ts";
import type { Actor, Analysis, Quote } from "../model/analysis.ts";
import type { SearchIndex } from "./candidate-search.ts";
import type { TokenIndexData } from "./token-index.ts";

export type { SearchHit, SearchIndex } from "./candidate-search.ts";

export interface ArticleEntry {
  readonly article: Article;
  readonly analysis: Analysis;
}

export interface PassageDocument {
  readonly articleId: string;
  readonly passage: string;
  readonly n: number;
  readonly text: string;
}

export interface QuoteDocument {
  readonly articleId: string;
  readonly quote: Quote;
  readonly text: string;
  readonly speaker: string;
}

/** One name an actor goes by, in one article: the autocomplete source. */
export interface NameDocument {
  readonly articleId: string;
  readonly actor: Actor;
  readonly name: string;
  /**
   * How many of the article's quotes its actor speaks, and in how many passages it is mentioned
   * (with any other actor of the article by the same canonical name: actor-counts.ts). /quote,
   * /who and /timeline count from these, opening only the articles they show.
   */
  readonly quoteCount: number;
  readonly mentionCount: number;
}

export interface ArticleDocument {
  readonly articleId: string;
  readonly title: string;
}

/**
 * A search's documents by number: an array, or a list that makes each document when asked (a
 * library loaded from the prebuilt index reads its articles only when one is needed).
 */
export interface DocumentList<T> {
  readonly length: number;
  at(index: number): T | undefined;
}

/** Every search's documents, numbered as its token index numbers them. */
export interface KnowledgeDocuments {
  readonly passages: DocumentList<PassageDocument>;
  readonly quotes: DocumentList<QuoteDocument>;
  readonly names: DocumentList<NameDocument>;
  readonly articles: DocumentList<ArticleDocument>;
}

/** The token indices behind the searches: plain data, saved in the prebuilt index file. */
export interface KnowledgeIndices {
  readonly passages: TokenIndexData;
  readonly quotes: TokenIndexData;
  readonly names: TokenIndexData;
  readonly articles: TokenIndexData;
}

/**
 * Read-only once built; safe to share between any number of commands and processes. Each
 * search picks candidates from a token index and ranks them with Fuse.js (same result shape).
 */
export interface KnowledgeBase {
  readonly entries: readonly ArticleEntry[];
  readonly byId: ReadonlyMap<string, ArticleEntry>;
  readonly passages: SearchIndex<PassageDocument>;
  readonly quotes: SearchIndex<QuoteDocument>;
  readonly names: SearchIndex<NameDocument>;
  readonly articles: SearchIndex<ArticleDocument>;
  readonly indices: KnowledgeIndices;
  /**
   * The names (with their actors) holding every one of `words` (normalised, as tokenizeWords
   * gives them) exactly: finds "Miller" among 100k passages' actors without a scan.
   */
  readonly findNamesWithWords: (words: readonly string[]) => readonly NameDocument[];
}
