/** Form: the quote, then "according to" and the speaker: `the plan is "dead on arrival," according to Senator Smith.` */
import type { AttributionRule } from "./attribution-rule.ts";
import { attributed, textBefore } from "./attribution-rule.ts";
import { passageText } from "./quote-scene.ts";
import { findSpeakerIn } from "./speaker-search.ts";

/** Bounded: a comma, "according to", then up to 80 characters of speaker words. */
const ACCORDING_TO = /^[,.]?\s*according to\s+([^,;:.!?"“”]{1,80})/iu;

export const attributeAccordingTo: AttributionRule = {
  name: "according-to",
  attribute: (scene, quote) => {
    if (quote.closeMark === null) return null;
    const text = passageText(scene, quote.passageIndex);
    const match = ACCORDING_TO.exec(text.slice(quote.closeMark + 1, quote.closeMark + 120));
    if (!match) return null;
    const start = quote.closeMark + 1 + match[0].length - (match[1] ?? "").length;
    const speaker = findSpeakerIn(
      scene,
      quote.passageIndex,
      start,
      start + (match[1] ?? "").length,
    );
    if (!speaker) return null;
    const words = text.slice(quote.closeMark + 1, speaker.end).replace(/^[,.]\s*/u, "");
    const isFragment = textBefore(scene, quote).trim() !== "";
    return attributed(
      "according-to",
      speaker.actorId,
      words,
      [quote.closeMark + 1, speaker.end],
      isFragment,
    );
  },
};
