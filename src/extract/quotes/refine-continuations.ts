/** Refiners: a quote with no attribution of its own continues the speaker's previous quote, in its passage or the one before. */
import type { AttributedQuote } from "./quote-candidate.ts";
import { passageText, type QuoteScene } from "./quote-scene.ts";
import {
  findEarlierIndex,
  isUnattributed,
  withSpeaker,
  type QuoteRefiner,
} from "./quote-refiner.ts";
import { findSentenceAt } from "../shared/sentences.ts";

/** How much text may follow a quote at the end of a paragraph for the next paragraph to continue it (`…," said Ambassador Mohib.`). */
const MAX_TAIL_AFTER_QUOTE = 80;
/** A continuation follows closely: at most this many quotes back in the passage. */
const MAX_QUOTES_BACK = 4;

function startsSentence(
  sentences: readonly (readonly [number, number])[],
  quote: AttributedQuote,
  text: string,
): boolean {
  const [start] = findSentenceAt(sentences, quote.openMark);
  return text.slice(start, quote.openMark).trim() === "";
}

/** `"…," said Bolden to the crowd. "This was a very difficult decision …"`: same passage, new sentence. */
export const refineContinuationInPassage: QuoteRefiner = (scene, quotes) =>
  quotes.map((quote, index, all) => {
    if (!isUnattributed(quote) || quote.attribution.isFragment) return quote;
    if (
      !startsSentence(
        scene.sentences[quote.passageIndex] ?? [],
        quote,
        passageText(scene, quote.passageIndex),
      )
    )
      return quote;
    const previousIndex = findEarlierIndex(
      all,
      index,
      (other) => !other.attribution.isFragment,
      (other, at) => other.passageIndex !== quote.passageIndex || index - at > MAX_QUOTES_BACK,
    );
    const previous = all[previousIndex];
    if (!previous?.attribution.speakerId) return quote;
    return withSpeaker(
      quote,
      previous.attribution.speakerId,
      "continues-in-passage",
      previousIndex,
      previous.attribution.text,
    );
  });

/** The quote this one continues from the paragraph before, or -1: that paragraph ended inside it or right after it. */
function findContinued(
  scene: QuoteScene,
  result: readonly AttributedQuote[],
  quote: AttributedQuote,
): number {
  const text = passageText(scene, quote.passageIndex);
  if (!isUnattributed(quote) || text.slice(0, quote.openMark).trim() !== "") return -1;
  const previousIndex = findEarlierIndex(
    result,
    result.length,
    (other) => other.passageIndex === quote.passageIndex - 1 && !other.isSingle,
    (other) => other.passageIndex < quote.passageIndex - 1,
  );
  const previous = result[previousIndex];
  if (!previous?.attribution.speakerId || previous.attribution.isFragment) return -1;
  const previousText = passageText(scene, previous.passageIndex);
  if (previous.closeMark === null) return previousIndex;
  // Only the attribution may follow the earlier quote: its sentence is the paragraph's last.
  const sentences = scene.sentences[previous.passageIndex] ?? [];
  const isLastSentence =
    findSentenceAt(sentences, previous.closeMark) === sentences[sentences.length - 1];
  const tail = previousText.length - previous.closeMark;
  return tail > MAX_TAIL_AFTER_QUOTE || !isLastSentence ? -1 : previousIndex;
}

/** A paragraph that opens with a quote, after a paragraph that ended inside or right after the same speaker's quote. */
export const refineContinuationAcrossPassages: QuoteRefiner = (scene, quotes) => {
  const result: AttributedQuote[] = [];
  for (const quote of quotes) {
    const previousIndex = findContinued(scene, result, quote);
    const speakerId = result[previousIndex]?.attribution.speakerId;
    if (!speakerId) {
      result.push(quote);
      continue;
    }
    const attribution = { ...quote.attribution, isFragment: false };
    const text = result[previousIndex]?.attribution.text ?? null;
    result.push(
      withSpeaker(
        { ...quote, attribution },
        speakerId,
        "continues-across-passages",
        previousIndex,
        text,
      ),
    );
  }
  return result;
};
