/** Refiner: `"First part.` ¶ `"Second part," Smith said.`: a quotation left open at a paragraph end is the speaker's who closes it next. */
import type { AttributedQuote } from "./quote-candidate.ts";
import { passageText } from "./quote-scene.ts";
import { isUnattributed, withSpeaker, type QuoteRefiner } from "./quote-refiner.ts";

export const refineBackwardContinuation: QuoteRefiner = (scene, quotes) => {
  const result = [...quotes];
  // From the end, so that a quotation running over three paragraphs takes the speaker of the last.
  for (let index = result.length - 2; index >= 0; index -= 1) {
    const quote = result[index] as AttributedQuote;
    const next = result[index + 1] as AttributedQuote;
    const speakerId = next.attribution.speakerId;
    const isOpenAtEnd = quote.closeMark === null && !quote.isSingle && isUnattributed(quote);
    const nextText = passageText(scene, next.passageIndex);
    const isNextAtStart =
      next.passageIndex === quote.passageIndex + 1 &&
      nextText.slice(0, next.openMark).trim() === "";
    if (!isOpenAtEnd || !isNextAtStart || speakerId === null) continue;
    result[index] = withSpeaker(
      { ...quote, attribution: { ...quote.attribution, isFragment: false } },
      speakerId,
      "continued-later",
      null,
      next.attribution.text,
    );
    if (next.attribution.continues === null)
      result[index + 1] = { ...next, attribution: { ...next.attribution, continues: index } };
  }
  return result;
};
