/** A kept article back into a knowledge-base entry, checked against the model on the way. */
import { parseArticleEntry } from "../../knowledge-base/restore-knowledge-base.ts";
import type { ArticleEntry } from "../../knowledge-base/knowledge-base.ts";
import type { Result } from "../../model/result.ts";
import type { StoredEntry } from "../../store/article-store.ts";

/** The article takes the id the store gave it, which may differ from the one it was read with. */
export function toArticleEntry(stored: StoredEntry): Result<ArticleEntry, string> {
  const article =
    typeof stored.article === "object" && stored.article !== null
      ? { ...stored.article, id: stored.articleId }
      : stored.article;
  return parseArticleEntry({ article, analysis: stored.analysis });
}
