/** Turns the `article` option into entries: by id, by title, or fuzzily; one article may be implied. */
import { UserFacingError } from "../model/result.ts";
import type { ArticleEntry, KnowledgeBase } from "../knowledge-base/knowledge-base.ts";

/** Fuse scores run 0 (exact) to 1; above this an article title is too far to assume. */
const ARTICLE_MATCH_MAX_SCORE = 0.35;
const LISTED_ARTICLES = 5;

function listArticles(kb: KnowledgeBase): string {
  const ids = kb.entries.slice(0, LISTED_ARTICLES).map((entry) => entry.article.id);
  const more =
    kb.entries.length > LISTED_ARTICLES ? ` and ${kb.entries.length - ids.length} more` : "";
  return `${ids.join(", ")}${more}`;
}

function requireArticles(kb: KnowledgeBase): void {
  if (kb.entries.length === 0) {
    throw new UserFacingError(
      "no-articles",
      "The knowledge folder has no articles yet. Add a .txt or .md article to knowledge/ and restart.",
    );
  }
}

function findArticle(kb: KnowledgeBase, query: string): ArticleEntry | undefined {
  const wanted = query.trim().toLowerCase();
  const exact = kb.entries.find(
    ({ article }) => article.id === wanted || article.title.toLowerCase() === wanted,
  );
  if (exact) return exact;
  const [best] = kb.articles.search(query.slice(0, 200), { limit: 1 });
  if (best === undefined || (best.score ?? 1) > ARTICLE_MATCH_MAX_SCORE) return undefined;
  return kb.byId.get(best.item.articleId);
}

/** Exactly one article: the named one, or the only one in the library. */
export function resolveArticle(kb: KnowledgeBase, option: string | undefined): ArticleEntry {
  requireArticles(kb);
  if (option === undefined || option.trim() === "") {
    const [only] = kb.entries;
    if (kb.entries.length === 1 && only) return only;
    throw new UserFacingError(
      "article-needed",
      `Which article? Name one with the article option: ${listArticles(kb)}.`,
    );
  }
  const found = findArticle(kb, option);
  if (found) return found;
  throw new UserFacingError(
    "unknown-article",
    `No article matches “${option.slice(0, 100)}”. Articles: ${listArticles(kb)}.`,
  );
}

/** The named article, or the whole library when none is named. */
export function resolveScope(
  kb: KnowledgeBase,
  option: string | undefined,
): readonly ArticleEntry[] {
  requireArticles(kb);
  if (option === undefined || option.trim() === "") return kb.entries;
  return [resolveArticle(kb, option)];
}

/**
 * Whether an article id is in `scope`, without a set of every id when the scope is the whole
 * library (as resolveScope returns it): a search then filters nothing.
 */
export function scopeFilter(
  kb: KnowledgeBase,
  scope: readonly ArticleEntry[],
): (articleId: string) => boolean {
  if (scope === kb.entries) return () => true;
  const ids = new Set(scope.map((entry) => entry.article.id));
  return (articleId) => ids.has(articleId);
}
