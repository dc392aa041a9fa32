/**
 * How often the actors of an article called by one name are quoted and mentioned, saved with
 * every name of theirs so /quote, /who and /timeline count without opening the article. Summed
 * per canonical name, since that is how they are told apart without the article: a person and
 * an organisation may share a name, and both count for it.
 */
import type { Analysis } from "../model/analysis.ts";

export interface ActorCounts {
  readonly quotes: number;
  readonly mentions: number;
}

/** Canonical name → the quotes and mentions of the article's actors by that name. */
export function countByActorName(
  analysis: Pick<Analysis, "actors" | "quotes">,
): Map<string, ActorCounts> {
  const quotesOf = new Map<string, number>();
  for (const { speakerId } of analysis.quotes) {
    if (speakerId !== null) quotesOf.set(speakerId, (quotesOf.get(speakerId) ?? 0) + 1);
  }
  const counts = new Map<string, ActorCounts>();
  for (const actor of analysis.actors) {
    const earlier = counts.get(actor.name) ?? { quotes: 0, mentions: 0 };
    counts.set(actor.name, {
      quotes: earlier.quotes + (quotesOf.get(actor.id) ?? 0),
      mentions: earlier.mentions + actor.passages.length,
    });
  }
  return counts;
}
