/** Passages are numbered ¶1…¶N in reading order; citations use the id "pN". */
import type { Passage, PassageKind } from "../model/article.ts";
import { pieceSuffix, splitLongText } from "./split-long-passages.ts";

/**
 * Numbers blocks from 1 in the order given. An over-long block becomes sentence-aligned pieces
 * that share its number (p12a, p12b: all ¶12).
 */
export function numberPassages(
  blocks: readonly { readonly kind: PassageKind; readonly text: string }[],
): Passage[] {
  return blocks.flatMap((block, index) => {
    const pieces = splitLongText(block.text);
    return pieces.map((text, piece) => ({
      id: pieces.length === 1 ? `p${index + 1}` : `p${index + 1}${pieceSuffix(piece)}`,
      n: index + 1,
      kind: block.kind,
      text,
    }));
  });
}
