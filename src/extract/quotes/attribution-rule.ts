/** One attribution form: given a quotation and what surrounds it, who said it, or null if the form does not apply. */
import type { Span } from "../../model/analysis.ts";
import type { Attribution, QuoteCandidate } from "./quote-candidate.ts";
import { passageText, type QuoteScene } from "./quote-scene.ts";
import { findSentenceAt } from "../shared/sentences.ts";

export interface AttributionRule {
  readonly name: string;
  readonly attribute: (
    scene: QuoteScene,
    quote: QuoteCandidate,
    passageQuotes: readonly QuoteCandidate[],
  ) => Attribution | null;
}

/** How far back a rule reads for the words that lead to a quote; bounds the work on run-on text. */
const MAX_LEAD_CHARS = 600;

export function sentenceOf(scene: QuoteScene, quote: QuoteCandidate): Span {
  const [start, end] = findSentenceAt(scene.sentences[quote.passageIndex] ?? [], quote.openMark);
  return [Math.max(start, quote.openMark - MAX_LEAD_CHARS), end];
}

/** Position of a quote among its passage's quotes, which are in reading order; binary search. */
function quoteIndexIn(passageQuotes: readonly QuoteCandidate[], quote: QuoteCandidate): number {
  let [low, high] = [0, passageQuotes.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((passageQuotes[middle] as QuoteCandidate).openMark < quote.openMark) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Where the clause leading to the quote starts: the sentence start, or just after an earlier quote in it. */
export function clauseStartOf(
  scene: QuoteScene,
  quote: QuoteCandidate,
  passageQuotes: readonly QuoteCandidate[],
): number {
  const start = sentenceOf(scene, quote)[0];
  // Quotations do not overlap, so only the one just before can end inside this clause.
  const previous = passageQuotes[quoteIndexIn(passageQuotes, quote) - 1];
  const close = previous?.closeMark ?? null;
  return close !== null && close < quote.openMark && close >= start ? close + 1 : start;
}

/** The words of the sentence before the opening mark. */
export function textBefore(scene: QuoteScene, quote: QuoteCandidate): string {
  const [sentenceStart] = sentenceOf(scene, quote);
  return passageText(scene, quote.passageIndex).slice(sentenceStart, quote.openMark);
}

export function attributed(
  rule: string,
  speakerId: string | null,
  text: string | null,
  span: Span | null,
  isFragment = false,
): Attribution {
  return { speakerId, text: text?.trim() ?? null, span, isFragment, continues: null, rule };
}
