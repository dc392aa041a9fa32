/** Form: the speaker and verb lead into the quote: `Mr. Miller continued, "…"`, `X told GB News: "…"`, `with Boswell stating: "…"`. */
import type { AttributionRule } from "./attribution-rule.ts";
import { attributed, clauseStartOf, sentenceOf } from "./attribution-rule.ts";
import { mentionsIn, passageText, type QuoteScene } from "./quote-scene.ts";
import type { QuoteCandidate } from "./quote-candidate.ts";
import { findReportingVerb, findSpeakerBefore } from "./speaker-search.ts";
import { isSubjectLike } from "./subjects.ts";

const LEAD_IN_END = /[,:—]\s*$/u;
/** "X told the press, "…"", "He described Montalvo as an individual, "…"": the verb stays close. */
const MAX_WORDS_AFTER_VERB = 7;
const NEXT_WORD = /^\S*\s\p{L}+/u;

/** "Sunak defended the record …: "…"": a colon with no reporting verb belongs to the sentence's subject. */
function attributeColon(scene: QuoteScene, quote: QuoteCandidate, text: string) {
  const [sentenceStart] = sentenceOf(scene, quote);
  const subject = mentionsIn(scene, quote.passageIndex, sentenceStart, quote.openMark).find(
    (mention) => isSubjectLike(text, mention, sentenceStart),
  );
  if (!subject) return attributed("colon", null, null, null);
  const verbEnd = subject.end + (NEXT_WORD.exec(text.slice(subject.end))?.[0].length ?? 0);
  return attributed("colon", subject.actorId, text.slice(subject.start, verbEnd), [
    subject.start,
    verbEnd,
  ]);
}

/**
 * `"…," she told the BBC, adding: "…"`: a participle's subject is the main clause's, so a name
 * before it is its subject only right before it ("with Boswell stating:"); otherwise the quote
 * takes the sentence's speaker (refine-within-sentence).
 */
function isSubjectOfParticiple(
  text: string,
  speakerEnd: number,
  verb: { readonly start: number; readonly end: number },
): boolean {
  if (!/ing$/u.test(text.slice(verb.start, verb.end))) return true;
  return text.slice(speakerEnd, verb.start).trim() === "";
}

export const attributeLeadIn: AttributionRule = {
  name: "lead-in",
  attribute: (scene, quote, passageQuotes) => {
    const text = passageText(scene, quote.passageIndex);
    const clauseStart = clauseStartOf(scene, quote, passageQuotes);
    const clause = text.slice(clauseStart, quote.openMark);
    if (!LEAD_IN_END.test(clause)) return null;
    // `"…": "…"`: a second quote after a colon goes on with the first one's speaker.
    if (clause.trim().length <= 1) return attributed("colon", null, null, null);
    const verb = findReportingVerb(text, clauseStart, quote.openMark, MAX_WORDS_AFTER_VERB);
    if (!verb) return clause.trimEnd().endsWith(":") ? attributeColon(scene, quote, text) : null;
    const speaker = findSpeakerBefore(scene, quote.passageIndex, clauseStart, verb.start, false);
    if (!speaker || !isSubjectOfParticiple(text, speaker.end, verb))
      return attributed("lead-in", null, null, null);
    const words = text.slice(speaker.start, quote.openMark).replace(/[,:—]\s*$/u, "");
    return attributed("lead-in", speaker.actorId, words, [speaker.start, quote.openMark]);
  },
};
