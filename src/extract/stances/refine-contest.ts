/** Refiner: where nothing is contested, a quote's tone is no position on anything. */
import { findCentralAction, reportsDecision } from "./find-central-action.ts";
import type { StanceEvidence, StanceRefiner } from "./stance-evidence.ts";

/**
 * A match report or an accident has no act to take sides on: praise for one's own game is not
 * support. The article is a contest when its central action reports a decision, someone takes
 * a side in so many words (a doer, a stance verb, a request, a named critic), or someone leans
 * against. Otherwise quote tone is set to zero; the reporter's own framing still counts.
 */
export const dropToneWithoutContest: StanceRefiner = ({ article }, evidence) => {
  const action = findCentralAction(article);
  const isContested =
    (action !== null && reportsDecision(action.text)) ||
    evidence.some((item) => item.isExplicit || item.oppose > item.support);
  if (isContested) return evidence;
  const toneOnly = (item: StanceEvidence) => item.quoteId !== null;
  return evidence.map((item) => (toneOnly(item) ? { ...item, support: 0, oppose: 0 } : item));
};
