/** Finds actors by any name the articles use, and suggests near names when none fits. */
import type { Actor } from "../model/analysis.ts";
import type { ArticleEntry, KnowledgeBase } from "../knowledge-base/knowledge-base.ts";
import { tokenizeQuery, tokenizeWords } from "../knowledge-base/fuzzy-words.ts";
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

/**
 * The articles whose names hold every one of `words` (each in some name): an actor named by all
 * of them is in one of these. Only these articles are opened, since a library loaded from the
 * prebuilt index parses an article when it is first read, and a common first name alone is in
 * thousands of articles.
 */
function articlesNamingAll(kb: KnowledgeBase, words: readonly string[]): Set<string> {
  let articles: Set<string> | undefined;
  for (const word of words) {
    const holding = new Set(kb.findNamesWithWords([word]).map((doc) => doc.articleId));
    const previous: Set<string> | undefined = articles;
    articles =
      previous === undefined ? holding : new Set([...previous].filter((id) => holding.has(id)));
    if (articles.size === 0) break;
  }
  return articles ?? new Set();
}

/**
 * Every actor in scope whose names contain all the query's words ("miller", "Joe Biden", "IFS").
 * The names index says which articles name every word, so a large library is not scanned name
 * by name; the full check then runs on those few.
 */
export function findActors(
  kb: KnowledgeBase,
  scope: readonly ArticleEntry[],
  name: string,
): ActorMatch[] {
  const queryWords = tokenizeQuery(name);
  if (queryWords.length === 0) return [];
  const candidates = articlesNamingAll(kb, queryWords);
  return scope.flatMap((entry) =>
    candidates.has(entry.article.id)
      ? entry.analysis.actors
          .filter((actor) => isNamed(actor, queryWords))
          .map((actor) => ({ entry, actor }))
      : [],
  );
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

/** One actor per article, so "Biden" in three articles reads as one person in three places. */
export function groupByName(matches: readonly ActorMatch[]): Map<string, ActorMatch[]> {
  const groups = new Map<string, ActorMatch[]>();
  for (const match of matches) {
    const group = groups.get(match.actor.name) ?? [];
    group.push(match);
    groups.set(match.actor.name, group);
  }
  return groups;
}
