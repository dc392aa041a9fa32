/** Form: the quote, then the speaker, then the verb: `"…," Mr. Miller said`, `"…?" Ms. Asat wrote on Thursday`. */
import type { AttributionRule } from "./attribution-rule.ts";
import { attributed, textBefore } from "./attribution-rule.ts";
import { passageText } from "./quote-scene.ts";
import { findSpeakerIn } from "./speaker-search.ts";

/** Up to 80 characters of speaker words, then a reporting verb; the lazy part is bounded, so linear. */
const NAME_SAID =
  /^[,.!?]?\s*([^!?;:"“”]{1,80}?)\s(?:said|says|wrote|writes|added|adds|told|tells|stated|states|asserted|continued|explained|noted|tweeted|posted|argued|insisted|warned|replied|responded|commented|remarked|declared|recalled|acknowledged|conceded)\b/u;
const ENDS_OPEN = /[,?!—–…-]$/u;
/** After a quote ending with a full stop, the attribution must be short: `"…." Baird said.` */
const SHORT_TAIL = /^\s*(?:[.,;]|$|(?:on|in|to|at|via|during|after|before|from|about|with|of)\b)/u;
const MAX_SUBJECT_WORDS = 16;
/** The speaker stands in the same sentence: a full stop after a word that is not an abbreviation or initial ends it. */
const SENTENCE_END = /(?<!\b(?:Mr|Ms|Mrs|Dr|St|Sen|Rep|Gov|Gen|Prof|\p{Lu}))[.!?](?=\s)/u;

export const attributeNameSaid: AttributionRule = {
  name: "name-said",
  attribute: (scene, quote) => {
    if (quote.closeMark === null || textBefore(scene, quote).trim() !== "") return null;
    const text = passageText(scene, quote.passageIndex);
    const after = text.slice(quote.closeMark + 1, quote.closeMark + 140);
    const match = NAME_SAID.exec(after);
    if (!match) return null;
    const subject = match[1] ?? "";
    if (subject.split(/\s+/u).length > MAX_SUBJECT_WORDS || SENTENCE_END.test(subject)) return null;
    const isOpen = ENDS_OPEN.test(quote.text) || after.startsWith(",");
    if (!isOpen && !SHORT_TAIL.test(after.slice(match[0].length))) return null;
    const subjectStart = quote.closeMark + 1 + match[0].indexOf(subject);
    const speakerId =
      findSpeakerIn(scene, quote.passageIndex, subjectStart, subjectStart + subject.length, "last")
        ?.actorId ?? null;
    if (speakerId === null) return null;
    const end = quote.closeMark + 1 + match[0].length;
    return attributed("name-said", speakerId, text.slice(subjectStart, end), [subjectStart, end]);
  },
};
