/** Surface form: 'scare quotes' and ‘headlines’ in single marks, told apart from apostrophes (it’s, Uyghurs’). */
import type { PassageContext } from "../context.ts";
import { makeCandidate, type QuoteCandidate } from "./quote-candidate.ts";

/** An opening single mark after a space, dash or start, before a letter; bounded length, no newline. */
const SINGLE_QUOTED =
  /(?<=^|[\s([—–/-])['‘](\p{L}[^'‘’"“”\n]{0,78}?[^\s'‘’])['’](?![\p{L}\p{N}])/gu;

/** Single-quoted spans outside any double-quoted span (nested single quotes belong to their quote). */
export function scanSingleQuotes(
  context: PassageContext,
  passageIndex: number,
  doubles: readonly QuoteCandidate[],
): readonly QuoteCandidate[] {
  const text = context.passage.text;
  const found: QuoteCandidate[] = [];
  let at = 0;
  for (const match of text.matchAll(SINGLE_QUOTED)) {
    const open = match.index;
    const close = open + match[0].length - 1;
    // Both lists are in reading order: advance past the double quotes that end before this mark.
    while (
      at < doubles.length &&
      ((doubles[at] as QuoteCandidate).closeMark ?? text.length) <= open
    )
      at += 1;
    const double = doubles[at];
    const isNested = double !== undefined && open > double.openMark;
    if (isNested) continue;
    const base = {
      passageIndex,
      passageId: context.passage.id,
      openMark: open,
      closeMark: close,
      isSingle: true,
    };
    const candidate = makeCandidate(base, text, open + 1, close);
    if (candidate) found.push(candidate);
  }
  return found;
}
