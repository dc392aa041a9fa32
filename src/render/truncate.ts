/** Length cuts that never split a character or a word silently. */

export const ELLIPSIS = "…";

/** A word break further back than this share of the budget wastes too much; cut the word. */
const WORD_BREAK_MIN_SHARE = 0.6;
/** Grapheme breaks at the budget depend on the few characters after it, never on far ones. */
const SEGMENT_LOOKAHEAD = 16;
const WHITESPACE = /\s/;

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/**
 * The longest prefix of at most `budget` UTF-16 units that ends on a grapheme boundary, so no
 * surrogate pair, emoji sequence or combining mark is split.
 */
export function findGraphemeCut(text: string, budget: number): number {
  if (text.length <= budget) return text.length;
  let cut = 0;
  for (const { index } of graphemes.segment(text.slice(0, budget + SEGMENT_LOOKAHEAD))) {
    if (index > budget) break;
    cut = index;
  }
  return cut;
}

function findWordCut(text: string, hardCut: number): number {
  if (WHITESPACE.test(text.charAt(hardCut))) return hardCut;
  for (let index = hardCut - 1; index >= hardCut * WORD_BREAK_MIN_SHARE; index -= 1) {
    if (WHITESPACE.test(text.charAt(index))) return index;
  }
  return hardCut;
}

/**
 * Fits `text` into `maxLength` UTF-16 units. A cut ends at a word boundary when one is near
 * (otherwise at a grapheme boundary) and is always marked with "…".
 */
export function truncateText(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  if (maxLength < ELLIPSIS.length) return "";
  const hardCut = findGraphemeCut(text, maxLength - ELLIPSIS.length);
  const kept = text.slice(0, findWordCut(text, hardCut)).trimEnd();
  return kept + ELLIPSIS;
}

/** For machine values (autocomplete values) where an ellipsis would change the meaning. */
export function truncateGraphemes(text: string, maxLength: number): string {
  return text.slice(0, findGraphemeCut(text, maxLength));
}
