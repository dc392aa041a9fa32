/** Passages are numbered ¶1…¶N in reading order; citations use the id "pN". */
import type { Passage, PassageKind } from "../model/article.ts";

/** Numbers blocks from 1 in the order given. */
export function numberPassages(
  blocks: readonly { readonly kind: PassageKind; readonly text: string }[],
): Passage[] {
  return blocks.map((block, index) => ({
    id: `p${index + 1}`,
    n: index + 1,
    kind: block.kind,
    text: block.text,
  }));
}
