/** Form: the quote, then the verb, then the speaker: `"…," said Bolden`, `"…," said the agency's director, John Roe.` */
import type { AttributionRule } from "./attribution-rule.ts";
import { attributed, textBefore } from "./attribution-rule.ts";
import { passageText } from "./quote-scene.ts";
import { findSpeakerIn, isReportingVerb } from "./speaker-search.ts";

/** Bounded: a comma or full stop, a lower-case word (the verb, checked against the lexicon), then up to 80 characters of speaker words. */
const SAID_NAME = /^[,.!?]?\s*(\p{Ll}+)\s+([^;:"“”]{1,80})/u;
const ENDS_OPEN = /[,?!—–…-]$/u;
/** The speaker words stop where the sentence does: a full stop after a word that is not an abbreviation or initial. */
const SENTENCE_END = /(?<!\b(?:Mr|Ms|Mrs|Dr|St|Sen|Rep|Gov|Gen|Prof|\p{Lu}))[.!?](?=\s|$)/u;
/** How many characters after the verb may hold the speaker ("said Bolden to the gathered crowd …"). */
const SPEAKER_REACH = 48;

export const attributeSaidName: AttributionRule = {
  name: "said-name",
  attribute: (scene, quote) => {
    if (quote.closeMark === null || textBefore(scene, quote).trim() !== "") return null;
    const text = passageText(scene, quote.passageIndex);
    const after = text.slice(quote.closeMark + 1, quote.closeMark + 120);
    if (!ENDS_OPEN.test(quote.text) && !after.startsWith(",")) return null;
    const match = SAID_NAME.exec(after);
    // "…?" asked X: a question quoted is the asker's, so "asked" counts here.
    if (!match || !(isReportingVerb(match[1] ?? "") || match[1] === "asked")) return null;
    const words = match[2] ?? "";
    const start = quote.closeMark + 1 + match[0].length - words.length;
    const reach = Math.min(SENTENCE_END.exec(words)?.index ?? words.length, SPEAKER_REACH);
    const speaker = findSpeakerIn(scene, quote.passageIndex, start, start + reach);
    if (speaker === null) return null;
    const attribution = text.slice(quote.closeMark + 1, speaker.end).replace(/^[,.!?]\s*/u, "");
    return attributed("said-name", speaker.actorId, attribution, [
      quote.closeMark + 1,
      speaker.end,
    ]);
  },
};
