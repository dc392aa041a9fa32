/**
 * /quote by speaker in a library of any size: the names index says who in scope goes by every
 * word of the name and how many quotes each speaks (named-actors.ts); only the articles whose
 * quotes are shown are opened.
 */
import type { Quote } from "../model/analysis.ts";
import type { ArticleEntry, KnowledgeBase } from "../knowledge-base/knowledge-base.ts";
import { findNamedActors, type NamedActors, type NamedCounts } from "./named-actors.ts";
import { isNamed } from "./resolve-actor.ts";

export interface FoundQuote {
  readonly entry: ArticleEntry;
  readonly quote: Quote;
}

/** Who in scope is named by every word of a speaker's name, counted but not yet opened. */
export interface SpeakerCount extends NamedActors {
  /** Their quotes in scope, by the saved counts. */
  readonly total: number;
}

export function countSpeakerQuotes(
  kb: KnowledgeBase,
  scope: readonly ArticleEntry[],
  speaker: string,
): SpeakerCount {
  const found = findNamedActors(kb, scope, speaker);
  let total = 0;
  for (const actors of found.named.values()) {
    for (const counts of actors.values()) total += counts.quotes;
  }
  return { ...found, total };
}

/** A speaker's own sentences before the words quoted inside reported speech. */
export function wholeQuotesFirst(found: readonly FoundQuote[]): FoundQuote[] {
  return [...found.filter((f) => !f.quote.isFragment), ...found.filter((f) => f.quote.isFragment)];
}

const speaksAny = (actors: ReadonlyMap<string, NamedCounts>): boolean =>
  [...actors.values()].some((counts) => counts.quotes > 0);

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
  // Cut first: a list cut at the limit holds the first quotes in scope order, whole ones first.
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
