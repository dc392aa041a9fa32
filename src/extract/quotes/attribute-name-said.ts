/** Form: the quote, then the speaker, then the verb: `"…," Mr. Miller said`, `"…?" Ms. Asat wrote on Thursday`. */
import type { AttributionRule } from "./attribution-rule.ts";
import { attributed, textBefore } from "./attribution-rule.ts";
import { passageText } from "./quote-scene.ts";
import { findSpeakerIn, isReportingVerb } from "./speaker-search.ts";

/** What may stand between the quote and the speaker words: a comma, or the quote's own end. */
const LEADING_PUNCTUATION = /^[,.!?]?\s*/u;
/** Speaker words hold no sentence punctuation and no quotation mark. */
const NOT_SUBJECT = /[!?;:"“”]/u;
const WORD = /\p{L}+/gu;
const MAX_SUBJECT_CHARS = 80;
const ENDS_OPEN = /[,?!—–…-]$/u;
/** After a quote ending with a full stop, the attribution must be short: `"…." Baird said.` */
const SHORT_TAIL = /^\s*(?:[.,;]|$|(?:on|in|to|at|via|during|after|before|from|about|with|of)\b)/u;
const MAX_SUBJECT_WORDS = 16;
/** The speaker stands in the same sentence: a full stop after a word that is not an abbreviation or initial ends it. */
const SENTENCE_END =
  /(?<!\b(?:Mr|Ms|Mrs|Dr|St|Sen|Rep|Gov|Gen|Prof|Col|Lt|Capt|Sgt|Maj|Adm|Cmdr|Det|Supt|Insp|\p{Lu}))[.!?](?=\s)/u;

/** The words before the first reporting verb after the quote ("Mr. Miller" in `, Mr. Miller said`), within bounds. */
function findSubjectAndVerb(
  after: string,
): { readonly subject: string; readonly subjectStart: number; readonly end: number } | null {
  const subjectStart = LEADING_PUNCTUATION.exec(after)?.[0].length ?? 0;
  for (const word of after.matchAll(WORD)) {
    if (word.index - subjectStart > MAX_SUBJECT_CHARS + 1) return null;
    if (word.index <= subjectStart || !isReportingVerb(word[0])) continue;
    const subject = after.slice(subjectStart, word.index).trimEnd();
    if (NOT_SUBJECT.test(subject) || !/\s/u.test(after[word.index - 1] ?? "")) return null;
    return { subject, subjectStart, end: word.index + word[0].length };
  }
  return null;
}

export const attributeNameSaid: AttributionRule = {
  name: "name-said",
  attribute: (scene, quote) => {
    if (quote.closeMark === null || textBefore(scene, quote).trim() !== "") return null;
    const text = passageText(scene, quote.passageIndex);
    const after = text.slice(quote.closeMark + 1, quote.closeMark + 140);
    const match = findSubjectAndVerb(after);
    if (!match) return null;
    const subject = match.subject;
    if (subject.split(/\s+/u).length > MAX_SUBJECT_WORDS || SENTENCE_END.test(subject)) return null;
    const isOpen = ENDS_OPEN.test(quote.text) || after.startsWith(",");
    if (!isOpen && !SHORT_TAIL.test(after.slice(match.end))) return null;
    const subjectStart = quote.closeMark + 1 + match.subjectStart;
    const speakerId =
      findSpeakerIn(scene, quote.passageIndex, subjectStart, subjectStart + subject.length, "last")
        ?.actorId ?? null;
    if (speakerId === null) return null;
    const end = quote.closeMark + 1 + match.end;
    return attributed("name-said", speakerId, text.slice(subjectStart, end), [subjectStart, end]);
  },
};
