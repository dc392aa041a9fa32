/** Citations: every claim names its article and passage. */
import type { Citation } from "../model/answer.ts";
import type { ArticleEntry } from "../knowledge-base/knowledge-base.ts";

/** Cites passage `passageId` of the entry's article; unknown ids fall back to ¶1. */
export function cite(entry: ArticleEntry, passageId: string): Citation {
  const { article } = entry;
  const passage = article.passages.find((p) => p.id === passageId) ?? article.passages[0];
  return {
    articleId: article.id,
    articleTitle: article.title,
    passage: passage?.id ?? passageId,
    n: passage?.n ?? 0,
    url: article.url,
  };
}

/**
 * The citation of a passage already in hand (a search hit): only the article's head is read, so
 * an article loaded from the prebuilt index is not parsed to cite one of its passages.
 */
export function citePassage(
  entry: ArticleEntry,
  passage: { readonly id: string; readonly n: number },
): Citation {
  const { article } = entry;
  return {
    articleId: article.id,
    articleTitle: article.title,
    passage: passage.id,
    n: passage.n,
    url: article.url,
  };
}

export function citeAll(entry: ArticleEntry, passageIds: readonly string[]): Citation[] {
  return [...new Set(passageIds)].map((id) => cite(entry, id));
}
