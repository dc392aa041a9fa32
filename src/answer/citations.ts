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

export function citeAll(entry: ArticleEntry, passageIds: readonly string[]): Citation[] {
  return [...new Set(passageIds)].map((id) => cite(entry, id));
}
