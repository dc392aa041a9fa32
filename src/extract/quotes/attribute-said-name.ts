/** Form: the quote, then the verb, then the speaker: `"…," said Bolden`, `"…," said Ambassador Mohib.` */
import type { AttributionRule } from "./attribution-rule.ts";
import { attributed, textBefore } from "./attribution-rule.ts";
import { passageText } from "./quote-scene.ts";
import { findSpeakerIn } from "./speaker-search.ts";

/** Bounded: a comma or full stop, the verb, then up to 80 characters of speaker words. */
const SAID_NAME =
  /^[,.!?]?\s*(?:said|says|added|adds|asked|wrote|continued|stated|explained|noted|recalled|insisted|warned|replied|responded|declared)\s+([^,;:"“”]{1,80})/u;
const ENDS_OPEN = /[,?!—–…-]$/u;

export const attributeSaidName: AttributionRule = {
  name: "said-name",
  attribute: (scene, quote) => {
    if (quote.closeMark === null || textBefore(scene, quote).trim() !== "") return null;
    const text = passageText(scene, quote.passageIndex);
    const after = text.slice(quote.closeMark + 1, quote.closeMark + 120);
    if (!ENDS_OPEN.test(quote.text) && !after.startsWith(",")) return null;
    const match = SAID_NAME.exec(after);
    if (!match) return null;
    const start = quote.closeMark + 1 + match[0].length - (match[1] ?? "").length;
    const speaker = findSpeakerIn(
      scene,
      quote.passageIndex,
      start,
      start + Math.min((match[1] ?? "").length, 40),
    );
    if (speaker === null) return null;
    const { actorId: speakerId, end } = speaker;
    return attributed(
      "said-name",
      speakerId,
      text.slice(quote.closeMark + 1, end).replace(/^[,.!?]\s*/u, ""),
      [quote.closeMark + 1, end],
    );
  },
};
