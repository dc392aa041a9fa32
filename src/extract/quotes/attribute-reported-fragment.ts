/** Form: quoted words inside reported speech, `called the decision "insulting"`, `noted that the IFS "…"`. */
import type { AttributionRule } from "./attribution-rule.ts";
import { attributed, clauseStartOf, sentenceOf, textBefore } from "./attribution-rule.ts";
import { passageText } from "./quote-scene.ts";
import { findReportingVerb, findSpeakerBefore } from "./speaker-search.ts";

/** A reporter's question is quoted, not said by the subject: "When asked if … would “raise questions”". */
const QUESTION_CUE =
  /\b(?:asked|asking)\s+(?:\p{Ll}+\s+){0,2}?(?:if|whether|about|why|how|what)\b|\bquestion(?:s|ed)?\b/u;
/** How far before the quote the reporting verb may stand, in words. */
const MAX_VERB_DISTANCE = 14;
/** The attribution keeps the verb and a few words after it: "called the decision". */
const MAX_TAIL_WORDS = 5;

/** "Rayhan Asat … called the decision": the speaker's words, then the verb up to the quote. */
function describeAttribution(
  text: string,
  speaker: { readonly start: number; readonly end: number },
  verbStart: number,
  openMark: number,
): string {
  const speakerWords = text.slice(speaker.start, speaker.end);
  const gap = text.slice(speaker.end, verbStart);
  const words = text.slice(verbStart, openMark).trim().split(/\s+/u);
  const tail =
    words.length > MAX_TAIL_WORDS
      ? `${words.slice(0, MAX_TAIL_WORDS).join(" ")} …`
      : words.join(" ");
  const isClose = gap.trim().split(/\s+/u).length <= 2;
  return isClose ? `${speakerWords}${gap}${tail}` : `${speakerWords} … ${tail}`;
}

export const attributeReportedFragment: AttributionRule = {
  name: "reported-fragment",
  attribute: (scene, quote, passageQuotes) => {
    const before = textBefore(scene, quote);
    if (before.trim() === "" && !quote.isSingle) return null;
    const text = passageText(scene, quote.passageIndex);
    const [sentenceStart] = sentenceOf(scene, quote);
    if (QUESTION_CUE.test(before)) return attributed("question", null, null, null, true);
    const clauseStart = clauseStartOf(scene, quote, passageQuotes);
    const verb = findReportingVerb(text, clauseStart, quote.openMark, MAX_VERB_DISTANCE);
    if (!verb) return attributed("unattributed-fragment", null, null, null, true);
    const speaker = findSpeakerBefore(scene, quote.passageIndex, sentenceStart, verb.start, true);
    if (!speaker?.actorId) return attributed("unattributed-fragment", null, null, null, true);
    return attributed(
      "reported-fragment",
      speaker.actorId,
      describeAttribution(text, speaker, verb.start, quote.openMark),
      [speaker.start, verb.end],
      true,
    );
  },
};
