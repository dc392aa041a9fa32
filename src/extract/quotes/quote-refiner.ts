/** A refiner reads every attributed quote of the article (in reading order) and returns them improved. */
import type { AttributedQuote } from "./quote-candidate.ts";
import type { QuoteScene } from "./quote-scene.ts";

export type QuoteRefiner = (
  scene: QuoteScene,
  quotes: readonly AttributedQuote[],
) => readonly AttributedQuote[];

/** Rules that found no speaker of their own and may borrow one from the context. */
export const BORROWING_RULES = new Set(["none", "unattributed-fragment", "lead-in", "colon"]);

export function isUnattributed(quote: AttributedQuote): boolean {
  return quote.attribution.speakerId === null && BORROWING_RULES.has(quote.attribution.rule);
}

export function withSpeaker(
  quote: AttributedQuote,
  speakerId: string,
  rule: string,
  continues: number | null,
  text: string | null,
): AttributedQuote {
  return {
    ...quote,
    attribution: {
      ...quote.attribution,
      speakerId,
      rule,
      continues,
      text: quote.attribution.text ?? text,
    },
  };
}

/** Index of the nearest earlier quote that `isWanted` accepts, scanning back until `isPast` says stop (-1 if none). */
export function findEarlierIndex(
  quotes: readonly AttributedQuote[],
  index: number,
  isWanted: (other: AttributedQuote) => boolean,
  isPast: (other: AttributedQuote, at: number) => boolean,
): number {
  for (let at = index - 1; at >= 0; at -= 1) {
    const other = quotes[at] as AttributedQuote;
    if (isPast(other, at)) return -1;
    if (isWanted(other)) return at;
  }
  return -1;
}
