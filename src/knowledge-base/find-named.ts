/** Exact word look-ups in a token index: the documents holding every one of some words. */
import { findPrefixRange, type TokenIndexData } from "./token-index.ts";

/** Document ids holding each of `words` (normalised) exactly, ascending; none for no words. */
export function findDocumentsWithWords(index: TokenIndexData, words: readonly string[]): number[] {
  let result: number[] | null = null;
  for (const word of words) {
    const [start, end] = findPrefixRange(index.vocabulary, word);
    if (start >= end || index.vocabulary[start] !== word) return [];
    const postings = index.postings.subarray(index.offsets[start], index.offsets[start + 1]);
    if (result === null) result = [...postings];
    else {
      const holding = new Set(postings);
      result = result.filter((id) => holding.has(id));
    }
    if (result.length === 0) return [];
  }
  return result ?? [];
}
