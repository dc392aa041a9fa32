/** The shared, immutable context every extractor and refiner receives first. */
import type { Article, Passage } from "../model/article.ts";
import type { Trace } from "../model/analysis.ts";

export interface ExtractContext {
  readonly article: Article;
  /** The publication date "YYYY-MM-DD" that relative dates resolve against, or null. */
  readonly referenceDate: string | null;
  readonly trace: Trace;
}

export interface PassageContext extends ExtractContext {
  readonly passage: Passage;
}

export const ignoreTrace: Trace = () => undefined;

export function createExtractContext(article: Article, trace: Trace = ignoreTrace): ExtractContext {
  return { article, referenceDate: article.published, trace };
}
