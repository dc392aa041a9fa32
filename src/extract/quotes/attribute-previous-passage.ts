/** Form: the previous paragraph ends with the attribution, `Rathbun stated,` and this one opens with the quote. */
import type { AttributionRule } from "./attribution-rule.ts";
import { attributed, textBefore } from "./attribution-rule.ts";
import { passageText } from "./quote-scene.ts";
import { findReportingVerb, findSpeakerBefore } from "./speaker-search.ts";

const ENDS_WITH_LEAD_IN = /[,:]\s*$/u;
const LAST_CLAUSE_CHARS = 120;

export const attributePreviousPassage: AttributionRule = {
  name: "previous-passage",
  attribute: (scene, quote) => {
    if (quote.passageIndex === 0 || textBefore(scene, quote).trim() !== "") return null;
    const previousIndex = quote.passageIndex - 1;
    const previous = passageText(scene, previousIndex);
    if (!ENDS_WITH_LEAD_IN.test(previous)) return null;
    const from = Math.max(0, previous.length - LAST_CLAUSE_CHARS);
    const clauseStart = Math.max(from, previous.lastIndexOf(". ", previous.length - 2) + 1);
    const verb = findReportingVerb(previous, clauseStart, previous.length, 3);
    if (!verb) return null;
    const speaker = findSpeakerBefore(scene, previousIndex, clauseStart, verb.start, false);
    if (!speaker?.actorId) return null;
    return attributed(
      "previous-passage",
      speaker.actorId,
      previous.slice(speaker.start).replace(/[,:]\s*$/u, ""),
      null,
    );
  },
};
