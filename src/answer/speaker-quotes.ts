/**
 * /quote by speaker in a library of any size: the names index says, without opening an article,
 * who in scope goes by every word of the name and how many quotes each speaks; only the articles
 * whose quotes are shown are opened. A surname found in thousands of articles of a prebuilt
 * library would otherwise parse all of them within one command.
 */
import type { Quote } from "../model/analysis.ts";
import type { ArticleEntry, KnowledgeBase } from "../knowledge-base/knowledge-base.ts";
import { tokenizeQuery } from "../knowledge-base/fuzzy-words.ts";
import { isNamed } from "./resolve-actor.ts";
import { scopeFilter } from "./resolve-article.ts";

export interface FoundQuote {
  readonly entry: ArticleEntry;
  readonly quote: Quote;
}

/** Who in scope is named by every word of a speaker's name, counted but not yet opened. */
export interface SpeakerCount {
  readonly words: readonly string[];
  /** Article id → the names of its actors named so → how many quotes each speaks. */
  readonly named: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Their quotes in scope, by the saved counts. */
  readonly total: number;
}

/** Article id → actor name → quote count, for actors whose names hold every word. */
function findNamed(
  kb: KnowledgeBase,
  words: readonly string[],
  isInScope: (articleId: string) => boolean,
): Map<string, Map<string, number>> {
  let named: Map<string, Map<string, number>> | undefined;
  for (const word of words) {
    // An actor qualifies when each word is in one of its names (as isNamed reads them), so the
    // sets are intersected per actor, not per name.
    const holding = new Map<string, Map<string, number>>();
    for (const doc of kb.findNamesWithWords([word])) {
      if (!isInScope(doc.articleId)) continue;
      if (named !== undefined && named.get(doc.articleId)?.has(doc.actor.name) !== true) continue;
      const actors = holding.get(doc.articleId) ?? new Map<string, number>();
      actors.set(doc.actor.name, doc.quoteCount);
      holding.set(doc.articleId, actors);
    }
    named = holding;
    if (named.size === 0) break;
  }
  return named ?? new Map();
}

export function countSpeakerQuotes(
  kb: KnowledgeBase,
  scope: readonly ArticleEntry[],
  speaker: string,
): SpeakerCount {
  const words = tokenizeQuery(speaker);
  const named = words.length === 0 ? new Map() : findNamed(kb, words, scopeFilter(kb, scope));
  let total = 0;
  for (const actors of named.values()) for (const count of actors.values()) total += count;
  return { words, named, total };
}

/** A speaker's own sentences before the words quoted inside reported speech. */
export function wholeQuotesFirst(found: readonly FoundQuote[]): FoundQuote[] {
  return [...found.filter((f) => !f.quote.isFragment), ...found.filter((f) => f.quote.isFragment)];
}

const speaksAny = (actors: ReadonlyMap<string, number>): boolean =>
  [...actors.values()].some((count) => count > 0);

/**
 * The speaker's quotes in scope order, whole articles at a time until at least `limit` (then cut
 * to it), whole quotes first. Opens only articles where a named actor is quoted.
 */
export function openSpeakerQuotes(
  scope: readonly ArticleEntry[],
  count: SpeakerCount,
  limit: number,
): FoundQuote[] {
  const found: FoundQuote[] = [];
  for (const entry of scope) {
    if (found.length >= limit) break;
    const actors = count.named.get(entry.article.id);
    if (actors === undefined || !speaksAny(actors)) continue;
    for (const actor of entry.analysis.actors) {
      if (!isNamed(actor, count.words)) continue;
      for (const quote of entry.analysis.quotes) {
        if (quote.speakerId === actor.id) found.push({ entry, quote });
      }
    }
  }
  return wholeQuotesFirst(found.slice(0, limit));
}

/** Whether a quote's speaker is named by every word (its article is open: the quote is read). */
export function isSpokenBy(
  kb: KnowledgeBase,
  articleId: string,
  quote: Quote,
  words: readonly string[],
): boolean {
  const actor = kb.byId.get(articleId)?.analysis.actors.find((a) => a.id === quote.speakerId);
  return actor !== undefined && isNamed(actor, words);
}
