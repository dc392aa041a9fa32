/** "Seventeen years ago, this would not have been possible": a date in an unreal statement. */
import { textBefore, type EventFilter } from "./date-scene.ts";

// A modal perfect: "would have been", "could not have happened", "might've gone".
const MODAL_PERFECT =
  /\b(?:would|could|might|should)(?:n['’]t|\s+not)?\s+(?:have|['’]ve)\s+(?:been|[a-z]+(?:ed|en|wn|ne))\b/i;
// "said on Monday that it would have …": the date belongs to the speaking, which is real.
const REPORTING_VERB =
  /\b(?:said|says|told|announced|added|wrote|stated|argued|claimed|explained|insisted)\b/i;

export const counterfactualFilter: EventFilter = {
  name: "counterfactual",
  rejects: ({ text, mention, sentence }) => {
    const [from, to] = sentence.span;
    const modal = MODAL_PERFECT.exec(sentence.text);
    if (modal === null) return false;
    const modalAt = from + modal.index;
    const between =
      modalAt > mention.span[1]
        ? text.slice(mention.span[1], modalAt)
        : text.slice(modalAt, Math.min(mention.span[0], to));
    const justBefore = textBefore(text, mention.span[0], 16);
    return !REPORTING_VERB.test(between) && !REPORTING_VERB.test(justBefore);
  },
};
