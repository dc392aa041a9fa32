/** Past or future: which way an expression without a year or a "next"/"last" points. */
import type { Span } from "../../model/analysis.ts";
import { splitSentences } from "../shared/sentences.ts";

export type Tense = "past" | "future" | "unclear";

// Checked before the past forms: "expected", "scheduled" and "planned" end in -ed but point ahead.
const FUTURE_MARKERS =
  /\b(?:will|won't|shall|'ll|going to|(?:is|are|was|were) (?:set |due |scheduled |expected |slated )?to (?:be|begin|start|open|meet|take|hold|vote|launch|land|arrive|receive)|to be held|scheduled|expected|planned|plans? to|intends? to|upcoming|due to|next)\b/gi;
// Regular past forms end in -ed; the common irregular ones of news reports are listed.
const PAST_MARKERS =
  /\b(?:was|were|had|did|said|told|ago|since|earlier|previously|met|took|gave|made|came|went|saw|found|left|began|won|lost|held|led|fell|rose|sent|spoke|wrote|became|brought|bought|sold|paid|ran|struck|knew|thought|chose|drew|flew|grew|threw|wore|broke|stole|[a-z]{2,}ed)\b/g;
// "will be finalized", "to be held": a participle after these belongs to a future verb.
const AUXILIARY_BEFORE = /\b(?:will|shall|'ll|to|would)\s+(?:be\s+|have\s+been\s+)?$/;
const NOT_VERBS = new Set(["united", "hundred", "indeed", "need", "speed", "based", "red", "bed"]);

/** The tense of the words nearest the span, within its sentence. */
export function detectTense(text: string, span: Span): Tense {
  const [from, to] = sentenceAround(text, span);
  const window = text.slice(from, to);
  let best: { tense: Tense; distance: number } = { tense: "unclear", distance: Infinity };
  const consider = (tense: Tense, start: number, end: number): void => {
    const distance = Math.max(from + start - span[1], span[0] - (from + end), 0);
    if (distance < best.distance) best = { tense, distance };
  };
  const futureStarts = new Set<number>();
  for (const match of window.matchAll(FUTURE_MARKERS)) {
    futureStarts.add(match.index);
    consider("future", match.index, match.index + match[0].length);
  }
  for (const match of window.matchAll(PAST_MARKERS)) {
    const isFutureWord = futureStarts.has(match.index);
    const isInsideSpan = from + match.index >= span[0] && from + match.index < span[1];
    const isAfterAuxiliary = AUXILIARY_BEFORE.test(window.slice(0, match.index));
    if (isFutureWord || isInsideSpan || isAfterAuxiliary || NOT_VERBS.has(match[0])) continue;
    consider("past", match.index, match.index + match[0].length);
  }
  return best.tense;
}

function sentenceAround(text: string, span: Span): readonly [number, number] {
  const sentence = splitSentences(text).find(
    (candidate) => candidate.span[0] <= span[0] && span[1] <= candidate.span[1],
  );
  return sentence?.span ?? [0, text.length];
}
