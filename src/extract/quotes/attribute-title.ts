/** Form: a title or name in quotes after a preposition, `says on "The Countdown"`, `a role in "Hope"`: nobody's words. */
import type { AttributionRule } from "./attribution-rule.ts";
import { attributed } from "./attribution-rule.ts";
import { passageText } from "./quote-scene.ts";

/** A preposition right before the opening mark; the slice is a few characters, so linear. */
const PREPOSITION_BEFORE = /(?:^|\s)(?:on|in|at|from|of|for|with|by|about|into|onto)\s$/u;
const REACH = 8;
/**
 * Titles and names are capitalised ("on "The Countdown"", "in "Hope""); words in lower case after
 * a preposition are someone's ("accused them of "holding the room hostage"").
 */
const LOWER_CASE_START = /^\p{Ll}/u;

export const attributeTitle: AttributionRule = {
  name: "title",
  attribute: (scene, quote) => {
    const before = passageText(scene, quote.passageIndex).slice(
      Math.max(0, quote.openMark - REACH),
      quote.openMark,
    );
    if (!PREPOSITION_BEFORE.test(before) || LOWER_CASE_START.test(quote.text)) return null;
    return attributed("title", null, null, null, true);
  },
};
