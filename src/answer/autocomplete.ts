/** Autocomplete: ranked choices for article and actor options, never more than Discord's 25. */
import type { Choice } from "../model/answer.ts";
import type { KnowledgeBase } from "../knowledge-base/knowledge-base.ts";

export const MAX_CHOICES = 25;

/** Articles whose id or title fits what was typed; all of them (newest first) when nothing was. */
export function suggestArticles(kb: KnowledgeBase, typed: string): Choice[] {
  const query = typed.trim().slice(0, 100);
  const docs =
    query === ""
      ? [...kb.entries]
          .sort((a, b) => (b.article.published ?? "").localeCompare(a.article.published ?? ""))
          .map((entry) => ({ articleId: entry.article.id, title: entry.article.title }))
      : kb.articles.search(query, { limit: MAX_CHOICES }).map((hit) => hit.item);
  return docs.slice(0, MAX_CHOICES).map((doc) => ({ name: doc.title, value: doc.articleId }));
}

/** Actor names (canonical) matching what was typed, within one article when one is chosen. */
export function suggestActors(kb: KnowledgeBase, typed: string, articleId?: string): Choice[] {
  const query = typed.trim().slice(0, 100);
  const inScope = (id: string): boolean =>
    articleId === undefined || articleId === "" || id === articleId || !kb.byId.has(articleId);
  const names =
    query === ""
      ? firstActorNames(kb, inScope)
      : kb.names
          .search(query, { limit: MAX_CHOICES * 4 })
          .filter((hit) => inScope(hit.item.articleId))
          .map((hit) => hit.item.actor.name);
  return [...new Set(names)].slice(0, MAX_CHOICES).map((name) => ({ name, value: name }));
}

/**
 * With nothing typed: each article's actors, most mentioned first, article by article, until
 * there are enough names, so only the first few articles are read.
 */
function firstActorNames(kb: KnowledgeBase, inScope: (id: string) => boolean): string[] {
  const names = new Set<string>();
  for (const entry of kb.entries) {
    if (names.size >= MAX_CHOICES) break;
    if (!inScope(entry.article.id)) continue;
    const actors = [...entry.analysis.actors].sort((a, b) => b.passages.length - a.passages.length);
    for (const actor of actors) names.add(actor.name);
  }
  return [...names];
}
