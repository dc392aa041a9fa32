/** Refiner: a quote in the same sentence as an attributed one shares its speaker (`"…," Mr. Miller said, before adding that "…"`). */
import type { AttributedQuote } from "./quote-candidate.ts";
import { isUnattributed, withSpeaker, type QuoteRefiner } from "./quote-refiner.ts";
import { findSentenceAt } from "./sentences.ts";

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

export const refineWithinSentence: QuoteRefiner = (scene, quotes) => {
  const result: AttributedQuote[] = [];
  for (const quote of quotes) {
    const sentences = scene.sentences[quote.passageIndex] ?? [];
    const [start] = findSentenceAt(sentences, quote.openMark);
    const earlier = [...result]
      .reverse()
      .find(
        (other) =>
          other.passageIndex === quote.passageIndex &&
          other.openMark >= start &&
          other.attribution.speakerId !== null,
      );
    if (earlier && earlier.attribution.speakerId !== null) {
      const sameSpeaker = quote.attribution.speakerId === earlier.attribution.speakerId;
      const continues =
        (sameSpeaker || isUnattributed(quote)) && isInterrupted(earlier, quote)
          ? result.indexOf(earlier)
          : null;
      if (isUnattributed(quote)) {
        result.push(
          withSpeaker(
            quote,
            earlier.attribution.speakerId,
            `${quote.attribution.rule}+same-sentence`,
            continues,
            earlier.attribution.text,
          ),
        );
        continue;
      }
      if (continues !== null) {
        result.push({ ...quote, attribution: { ...quote.attribution, continues } });
        continue;
      }
    }
    result.push(quote);
  }
  return result;
};
