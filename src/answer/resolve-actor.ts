/** Whether an actor goes by a name, and near names to suggest when none does. */
import type { Actor } from "../model/analysis.ts";
import type { ArticleEntry, KnowledgeBase } from "../knowledge-base/knowledge-base.ts";
import { tokenizeWords } from "../knowledge-base/fuzzy-words.ts";
import { scopeFilter } from "./resolve-article.ts";

export interface ActorMatch {
  readonly entry: ArticleEntry;
  readonly actor: Actor;
}

const SUGGESTIONS = 3;

function actorWords(actor: Actor): Set<string> {
  return new Set(
    [actor.name, ...actor.aliases].flatMap((name) =>
      tokenizeWords(name).map((token) => token.word),
    ),
  );
}

/** Whether the actor's names, taken together, hold every one of the query's words. */
export function isNamed(actor: Actor, queryWords: readonly string[]): boolean {
  if (queryWords.length === 0) return false;
  const words = actorWords(actor);
  return queryWords.every((word) => words.has(word));
}

/** Canonical names close to `name`, best first, for "did you mean …?". */
export function suggestActorNames(
  kb: KnowledgeBase,
  scope: readonly ArticleEntry[],
  name: string,
): string[] {
  const isInScope = scopeFilter(kb, scope);
  const hits = kb.names
    .search(name.slice(0, 100), { limit: 20 })
    .filter((hit) => isInScope(hit.item.articleId));
  return [...new Set(hits.map((hit) => hit.item.actor.name))].slice(0, SUGGESTIONS);
}

/** "No one called “Milner” — did you mean Matt Miller?" */
export function describeUnknownActor(name: string, suggestions: readonly string[]): string {
  const shown = name.slice(0, 100);
  if (suggestions.length === 0) {
    return `No one called “${shown}” appears in the articles. Try /who for the cast.`;
  }
  return `No one called “${shown}” — did you mean ${suggestions.join(" or ")}?`;
}
