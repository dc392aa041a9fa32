/** Refiner: a quote in the same sentence as an attributed one shares its speaker (`"…," Mr. Miller said, before adding that "…"`). */
import type { AttributedQuote } from "./quote-candidate.ts";
import {
  findEarlierIndex,
  isUnattributed,
  withSpeaker,
  type QuoteRefiner,
} from "./quote-refiner.ts";
import { findSentenceAt } from "../shared/sentences.ts";

/** True when an interrupted quotation goes on after its attribution: `"…," said X, "…"`. */
function isInterrupted(earlier: AttributedQuote, later: AttributedQuote): boolean {
  const span = earlier.attribution.span;
  return (
    !later.attribution.isFragment &&
    earlier.text.endsWith(",") &&
    span !== null &&
    span[0] > earlier.span[1] &&
    span[1] <= later.openMark
  );
}

/** How far back in a run-on sentence an earlier attributed quote is looked for. */
const MAX_SENTENCE_REACH = 600;

export const refineWithinSentence: QuoteRefiner = (scene, quotes) => {
  const result: AttributedQuote[] = [];
  for (const quote of quotes) {
    const sentences = scene.sentences[quote.passageIndex] ?? [];
    const start = Math.max(
      findSentenceAt(sentences, quote.openMark)[0],
      quote.openMark - MAX_SENTENCE_REACH,
    );
    const earlierIndex = findEarlierIndex(
      result,
      result.length,
      (other) => other.attribution.speakerId !== null,
      (other) => other.passageIndex !== quote.passageIndex || other.openMark < start,
    );
    result.push(inherit(quote, result[earlierIndex], earlierIndex));
  }
  return result;
};

function inherit(
  quote: AttributedQuote,
  earlier: AttributedQuote | undefined,
  earlierIndex: number,
): AttributedQuote {
  const speakerId = earlier?.attribution.speakerId;
  if (!earlier || !speakerId) return quote;
  const sameSpeaker = quote.attribution.speakerId === speakerId;
  const continues =
    (sameSpeaker || isUnattributed(quote)) && isInterrupted(earlier, quote) ? earlierIndex : null;
  if (isUnattributed(quote)) {
    return withSpeaker(
      quote,
      speakerId,
      `${quote.attribution.rule}+same-sentence`,
      continues,
      earlier.attribution.text,
    );
  }
  return continues === null
    ? quote
    : { ...quote, attribution: { ...quote.attribution, continues } };
}
