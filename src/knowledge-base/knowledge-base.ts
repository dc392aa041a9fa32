/** The index step's output: every article with its analysis, and the search indices. */
import type Fuse from "fuse.js";
import type { Article } from "../model/article.ts";
import type { Actor, Analysis, Quote } from "../model/analysis.ts";

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
}

export interface ArticleDocument {
  readonly articleId: string;
  readonly title: string;
}

/** Read-only once built; safe to share between any number of commands and processes. */
export interface KnowledgeBase {
  readonly entries: readonly ArticleEntry[];
  readonly byId: ReadonlyMap<string, ArticleEntry>;
  readonly passages: Fuse<PassageDocument>;
  readonly quotes: Fuse<QuoteDocument>;
  readonly names: Fuse<NameDocument>;
  readonly articles: Fuse<ArticleDocument>;
}
