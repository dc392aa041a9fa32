/** "Seventeen years ago, this would not have been possible": a date in an unreal statement. */
import { textBefore, type EventFilter } from "./date-scene.ts";

// A modal perfect: "would have been", "could not have happened", "might've gone".
const MODAL_PERFECT =
  /\b(?:would|could|might|should)(?:n['’]t|\s{1,4}not|\s{1,4}never)?\s{1,4}(?:have|['’]ve)\s{1,4}(?:been|[a-z]+(?:ed|en|wn|ne))\b/i;
// "said on Monday that it would have …": the date belongs to the speaking, which is real.
const REPORTING_VERB =
  /\b(?:said|says|told|announced|added|wrote|stated|argued|claimed|explained|insisted)\b/i;
// The modal stands near the date it makes unreal; reading only this far keeps each date's work
// bounded, so a sentence that lists a thousand dates stays linear.
const REACH = 200;

export const counterfactualFilter: EventFilter = {
  name: "counterfactual",
  rejects: ({ text, mention, sentence }) => {
    const from = Math.max(sentence.span[0], mention.span[0] - REACH);
    const to = Math.min(sentence.span[1], mention.span[1] + REACH);
    const modal = MODAL_PERFECT.exec(text.slice(from, to));
    if (modal === null) return false;
    const modalAt = from + modal.index;
    const between =
      modalAt > mention.span[1]
        ? text.slice(mention.span[1], modalAt)
        : text.slice(modalAt, mention.span[0]);
    const justBefore = textBefore(text, mention.span[0], 16);
    return !REPORTING_VERB.test(between) && !REPORTING_VERB.test(justBefore);
  },
};
