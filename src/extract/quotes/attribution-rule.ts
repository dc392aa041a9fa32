/** One attribution form: given a quotation and what surrounds it, who said it, or null if the form does not apply. */
import type { Span } from "../../model/analysis.ts";
import type { Attribution, QuoteCandidate } from "./quote-candidate.ts";
import { passageText, type QuoteScene } from "./quote-scene.ts";
import { findSentenceAt } from "./sentences.ts";

export interface AttributionRule {
  readonly name: string;
  readonly attribute: (
    scene: QuoteScene,
    quote: QuoteCandidate,
    passageQuotes: readonly QuoteCandidate[],
  ) => Attribution | null;
}

export function sentenceOf(scene: QuoteScene, quote: QuoteCandidate): Span {
  return findSentenceAt(scene.sentences[quote.passageIndex] ?? [], quote.openMark);
}

/** Where the clause leading to the quote starts: the sentence start, or just after an earlier quote in it. */
export function clauseStartOf(
  scene: QuoteScene,
  quote: QuoteCandidate,
  passageQuotes: readonly QuoteCandidate[],
): number {
  const [sentenceStart] = sentenceOf(scene, quote);
  const earlier = passageQuotes.filter(
    (other) =>
      other.closeMark !== null &&
      other.closeMark < quote.openMark &&
      other.closeMark >= sentenceStart,
  );
  const last = earlier[earlier.length - 1];
  return last?.closeMark != null ? last.closeMark + 1 : sentenceStart;
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
