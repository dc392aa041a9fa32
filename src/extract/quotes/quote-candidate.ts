/** What the quotation scanners produce, and what the attribution steps add to it. */
import type { Span } from "../../model/analysis.ts";

export interface QuoteCandidate {
  readonly passageIndex: number;
  readonly passageId: string;
  /** The words inside the marks, verbatim. */
  readonly span: Span;
  readonly text: string;
  /** Index of the opening mark, and of the closing mark or null when the quotation runs on. */
  readonly openMark: number;
  readonly closeMark: number | null;
  readonly isSingle: boolean;
}

export interface Attribution {
  readonly speakerId: string | null;
  /** The attributing words ("Mr. Miller said"), or null. */
  readonly text: string | null;
  /** Where the attributing words are in the passage (for inheritance within a sentence). */
  readonly span: Span | null;
  readonly isFragment: boolean;
  readonly continues: number | null;
  /** Which rule attributed it, for the trace. */
  readonly rule: string;
}

export interface AttributedQuote extends QuoteCandidate {
  readonly attribution: Attribution;
}

/** Trims whitespace inside the marks so that `text` is exactly the quoted words. */
export function makeCandidate(
  base: Omit<QuoteCandidate, "span" | "text">,
  passageText: string,
  start: number,
  end: number,
): QuoteCandidate | null {
  let [from, to] = [start, end];
  while (from < to && /\s/u.test(passageText[from] ?? "")) from += 1;
  while (to > from && /\s/u.test(passageText[to - 1] ?? "")) to -= 1;
  if (to - from < 1) return null;
  return { ...base, span: [from, to], text: passageText.slice(from, to) };
}
