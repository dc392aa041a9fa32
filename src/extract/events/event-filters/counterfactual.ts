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
const WORD = /[\p{L}\p{N}]+/gu;
const MAX_WORDS_BETWEEN = 3;
/**
 * After the modal, the date stays in its clause over a longer object ("would have raised pay by
 * 3 percent this year and 2.5 percent next year"), as long as no comma or semicolon ends it.
 */
const MAX_WORDS_AFTER_MODAL = 12;
const CLAUSE_BREAK = /[,;:]/u;

export const counterfactualFilter: EventFilter = {
  name: "counterfactual",
  rejects: ({ text, mention, sentence }) => {
    const from = Math.max(sentence.span[0], mention.span[0] - REACH);
    const to = Math.min(sentence.span[1], mention.span[1] + REACH);
    const modal = MODAL_PERFECT.exec(text.slice(from, to));
    if (modal === null) return false;
    const modalAt = from + modal.index;
    const isModalAfter = modalAt > mention.span[1];
    const between = isModalAfter
      ? text.slice(mention.span[1], modalAt)
      : text.slice(modalAt + modal[0].length, mention.span[0]);
    const words = (between.match(WORD) ?? []).length;
    // A date that opens the unreal clause has the modal's subject between them ("Ten years
    // ago, this would have …"); with none, the date closes an aside and the subject stands
    // before it ("The firm, founded in 1990, would have failed"), so the date is real.
    const isInClause = isModalAfter
      ? words >= 1 && words <= MAX_WORDS_BETWEEN
      : words <= MAX_WORDS_AFTER_MODAL && !CLAUSE_BREAK.test(between);
    const justBefore = textBefore(text, mention.span[0], 16);
    return isInClause && !REPORTING_VERB.test(between) && !REPORTING_VERB.test(justBefore);
  },
};
