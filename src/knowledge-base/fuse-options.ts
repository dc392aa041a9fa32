/** Every Fuse.js option set, one per index. Kept in one place so ranking changes are deliberate. */
import type { IFuseOptions } from "fuse.js";
import type {
  ArticleDocument,
  NameDocument,
  PassageDocument,
  QuoteDocument,
} from "./knowledge-base.ts";

/**
 * Passages are long: token search scores each query word anywhere in the text (TF-IDF over
 * fuzzy word matches), where Fuse's default bitap only scores well near the field's start.
 */
export const PASSAGE_OPTIONS: IFuseOptions<PassageDocument> = Object.freeze({
  keys: ["text"],
  useTokenSearch: true,
  ignoreLocation: true,
  includeScore: true,
  threshold: 0.4,
});

export const QUOTE_OPTIONS: IFuseOptions<QuoteDocument> = Object.freeze({
  keys: [
    { name: "text", weight: 3 },
    { name: "speaker", weight: 1 },
  ],
  useTokenSearch: true,
  ignoreLocation: true,
  includeScore: true,
  threshold: 0.4,
});

/** Names are short: a typo anywhere in a name counts the same, wherever in the name it sits. */
export const NAME_OPTIONS: IFuseOptions<NameDocument> = Object.freeze({
  keys: ["name"],
  includeScore: true,
  threshold: 0.4,
  ignoreLocation: true,
});

export const ARTICLE_OPTIONS: IFuseOptions<ArticleDocument> = Object.freeze({
  keys: [
    { name: "articleId", weight: 1 },
    { name: "title", weight: 2 },
  ],
  includeScore: true,
  threshold: 0.45,
  ignoreLocation: true,
});

/**
 * How many candidates the token index hands Fuse.js per query. Fuse's cost grows with the
 * candidates (long passages cost most), so these trade recall for latency; see the bench.
 */
export const CANDIDATE_LIMITS = Object.freeze({
  passagePool: 200,
  passages: 40,
  /**
   * From LARGE_LIBRARY passages: as many as /search shows. In a large library the 25 passages
   * holding most of the query, in order and close together, are what is shown; Fuse only orders
   * them, and ranking 40 long passages is most of a query's time. Small libraries keep 40.
   */
  largeLibraryPassages: 25,
  quotePool: 300,
  quotes: 60,
  names: 100,
  articles: 50,
});

/** Passages from which a library counts as large (see CANDIDATE_LIMITS.largeLibraryPassages). */
export const LARGE_LIBRARY = 10_000;
