/**
 * Who in scope goes by every word of a name, with how often each is quoted and mentioned, from
 * the names index alone: no article is opened. A library loaded from the prebuilt index parses an
 * article when it is first read, and a common surname is in thousands of articles, so /quote,
 * /who and /timeline count first and open only the articles they show.
 */
import type { ArticleEntry, KnowledgeBase } from "../knowledge-base/knowledge-base.ts";
import { tokenizeQuery } from "../knowledge-base/fuzzy-words.ts";
import { scopeFilter } from "./resolve-article.ts";

export interface NamedCounts {
  readonly quotes: number;
  readonly mentions: number;
}

export interface NamedActors {
  readonly words: readonly string[];
  /** Article id → the names of its actors named so → their counts, in the index's order. */
  readonly named: ReadonlyMap<string, ReadonlyMap<string, NamedCounts>>;
}

export function findNamedActors(
  kb: KnowledgeBase,
  scope: readonly ArticleEntry[],
  name: string,
): NamedActors {
  const words = tokenizeQuery(name);
  const isInScope = scopeFilter(kb, scope);
  let named: Map<string, Map<string, NamedCounts>> | undefined;
  for (const word of words) {
    // An actor qualifies when each word is in one of its names (as isNamed reads them), so the
    // sets are intersected per actor, not per name.
    const holding = new Map<string, Map<string, NamedCounts>>();
    for (const doc of kb.findNamesWithWords([word])) {
      if (!isInScope(doc.articleId)) continue;
      if (named !== undefined && named.get(doc.articleId)?.has(doc.actor.name) !== true) continue;
      const actors = holding.get(doc.articleId) ?? new Map<string, NamedCounts>();
      actors.set(doc.actor.name, { quotes: doc.quoteCount, mentions: doc.mentionCount });
      holding.set(doc.articleId, actors);
    }
    named = holding;
    if (named.size === 0) break;
  }
  return { words, named: named ?? new Map() };
}

/** One actor name's articles in scope order, with its mentions summed over them. */
export interface NamedGroup {
  readonly actorName: string;
  readonly entries: readonly ArticleEntry[];
  readonly mentions: number;
  readonly quotes: number;
}

/**
 * The named actors grouped by name ("Biden" in three articles reads as one person in three
 * places), each group's articles in scope order, groups in order of first appearance.
 */
export function groupNamedActors(
  scope: readonly ArticleEntry[],
  { named }: NamedActors,
): NamedGroup[] {
  const groups = new Map<string, { entries: ArticleEntry[]; mentions: number; quotes: number }>();
  for (const entry of scope) {
    const actors = named.get(entry.article.id);
    if (actors === undefined) continue;
    for (const [actorName, counts] of actors) {
      const group = groups.get(actorName) ?? { entries: [], mentions: 0, quotes: 0 };
      group.entries.push(entry);
      group.mentions += counts.mentions;
      group.quotes += counts.quotes;
      groups.set(actorName, group);
    }
  }
  return [...groups].map(([actorName, group]) => ({ actorName, ...group }));
}
