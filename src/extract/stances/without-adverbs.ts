/** A sentence with its "-ly" adverbs taken out, so "Trump personally asked" reads as subject and verb. */

/** "personally", "strongly", "publicly": a lowercase word in -ly between spaces. */
const ADVERB = /(?<=\s)\p{Ll}{3,}ly\s/gu;
/** -ly words that are not adverbs of manner and may be verbs or nouns ("apply", "rely", "ally"). */
const KEEP = new Set([
  "apply",
  "supply",
  "reply",
  "rely",
  "ally",
  "only",
  "early",
  "family",
  "italy",
]);

export interface PlainText {
  readonly text: string;
  /** Maps an offset in `text` back to the original. */
  readonly toOriginal: (offset: number) => number;
}

/** One pass over the matches; a mapped offset is found by binary search over the cuts. */
export function removeAdverbs(original: string): PlainText {
  const cuts: { at: number; removed: number }[] = [];
  let removed = 0;
  const text = original.replace(ADVERB, (match: string, offset: number) => {
    if (KEEP.has(match.trim())) return match;
    removed += match.length;
    cuts.push({ at: offset - removed + match.length, removed });
    return "";
  });
  const toOriginal = (offset: number): number => {
    let low = 0;
    let high = cuts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cuts[middle]?.at ?? Infinity) <= offset) low = middle + 1;
      else high = middle;
    }
    return offset + (cuts[low - 1]?.removed ?? 0);
  };
  return { text, toOriginal };
}
