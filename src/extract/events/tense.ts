/** Past or future: which way an expression without a year or a "next"/"last" points. */
import type { Span } from "../../model/analysis.ts";
import { splitSentences, type TextSlice } from "../shared/sentences.ts";

export type Tense = "past" | "future" | "unclear";

// Checked before the past forms: "expected", "scheduled" and "planned" end in -ed but point ahead;
// "would" is the future of reported speech ("said the company would raise prices from September");
// a condition points ahead ("a second strike from October 19 if no deal is reached"), but "as
// if", "even if" and "asked if" do not.
const FUTURE_MARKERS =
  /\b(?:will|won't|would|shall|'ll|must|going to|deadline|(?:is|are|was|were) (?:set |due |scheduled |expected |slated )?to (?:be|begin|start|open|meet|take|hold|vote|launch|land|arrive|receive)|to be held|scheduled|expected|expects?|planned|plans? to|intends? to|upcoming|due to|next|(?<!\b(?:as|even|asked|asks|asking|wondered)\s)if(?=\s))\b/gi;
// Regular past forms end in -ed; the common irregular ones of news reports are listed.
const PAST_MARKERS =
  /\b(?:was|were|had|did|said|told|ago|since|earlier|previously|met|took|gave|made|came|went|saw|found|left|began|won|lost|held|led|fell|rose|sent|spoke|wrote|became|brought|bought|sold|paid|ran|struck|knew|thought|chose|drew|flew|grew|threw|wore|broke|stole|[a-z]{2,}ed)\b/g;
// "will be finalized", "must be submitted": a participle after these belongs to a future or
// modal verb, not to the past.
const AUXILIARY_BEFORE =
  /\b(?:will|shall|'ll|to|would|must|should|can|may|might|could)\s{1,4}(?:be\s{1,4}|have\s{1,4}been\s{1,4})?$/;
// "scheduled for March 20", "due on Monday": a verb that points ahead and governs the date itself.
const GOVERNING_FUTURE =
  /\b(?:scheduled|set|slated|due|planned|expected|postponed|delayed|moved|pushed back)\s{1,4}(?:for|on|in|until|till|to)?\s{0,4}$/i;
// "said on Monday it would examine …": a reporting verb right before the date governs it; what
// follows is the content of the report, whose tense is not the date's.
const GOVERNING_REPORT =
  /\b(?:said|told\s{1,4}\p{Ll}+|announced|confirmed|stated|wrote|reported|revealed|disclosed)\s{1,4}(?:(?:late|early)\s{1,4})?(?:on\s{1,4})?$/u;
// "…, officials said." after the date: the attribution's tense is not the date's.
const REPORTING_VERBS = new Set(["said", "told", "added", "stated", "wrote", "announced"]);
const NOT_VERBS = new Set(["united", "hundred", "indeed", "need", "speed", "based", "red", "bed"]);
// A verb in another clause is weaker evidence than one in the date's own: a marker with a comma
// between it and the date ("on Wednesday, promising that it would …", "on October 2, priced at
// …") counts only when the date's own clause has no marker.
const CLAUSE_PENALTY = 1000;
// The verb that decides a date's tense stands near it; reading only this far either side keeps
// the work per date bounded, so a sentence that lists a thousand dates stays linear.
const REACH = 160;

/**
 * The tense of the words nearest the span, within its sentence. `sentences` are the text's
 * sentences when the caller has split them already (they are split here otherwise).
 */
export function detectTense(
  text: string,
  span: Span,
  sentences: readonly TextSlice[] = splitSentences(text),
): Tense {
  const sentence = sentenceAround(sentences, span)?.span ?? [0, text.length];
  const from = Math.max(sentence[0], span[0] - REACH);
  const to = Math.min(sentence[1], span[1] + REACH);
  const window = text.slice(from, to);
  const lead = text.slice(Math.max(from, span[0] - 32), span[0]);
  if (GOVERNING_FUTURE.test(lead)) return "future";
  if (GOVERNING_REPORT.test(lead)) return "past";
  let best: { tense: Tense; distance: number } = { tense: "unclear", distance: Infinity };
  const consider = (tense: Tense, start: number, end: number): void => {
    const isBefore = from + end <= span[0];
    const between = isBefore ? text.slice(from + end, span[0]) : text.slice(span[1], from + start);
    const penalty = between.includes(",") ? CLAUSE_PENALTY : 0;
    const distance = Math.max(from + start - span[1], span[0] - (from + end), 0) + penalty;
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
    const isAfterAuxiliary = AUXILIARY_BEFORE.test(
      window.slice(Math.max(0, match.index - 24), match.index),
    );
    const isTrailingAttribution =
      REPORTING_VERBS.has(match[0]) &&
      from + match.index > span[1] &&
      text.slice(span[1], from + match.index).includes(",");
    const isSkipped = isFutureWord || isInsideSpan || isAfterAuxiliary || isTrailingAttribution;
    if (isSkipped || NOT_VERBS.has(match[0])) continue;
    consider("past", match.index, match.index + match[0].length);
  }
  return best.tense;
}

/** The sentence holding the span (binary search over sentences in reading order). */
function sentenceAround(sentences: readonly TextSlice[], span: Span): TextSlice | undefined {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sentences[middle]?.span[1] ?? 0) <= span[0]) low = middle + 1;
    else high = middle;
  }
  const sentence = sentences[low];
  return sentence !== undefined && sentence.span[0] <= span[0] && span[1] <= sentence.span[1]
    ? sentence
    : undefined;
}
