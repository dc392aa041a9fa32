/** An inverted index over normalised words: which documents hold each word of the vocabulary. */
import { tokenizeWords } from "./fuzzy-words.ts";

/**
 * Plain data, so it can be saved and loaded as is. `vocabulary` is sorted by code unit, which
 * lets prefix and typo look-ups walk it like a trie; the documents holding term `t` are
 * `postings[offsets[t] .. offsets[t + 1])`, ascending.
 */
export interface TokenIndexData {
  readonly documentCount: number;
  readonly vocabulary: readonly string[];
  readonly offsets: Uint32Array;
  readonly postings: Uint32Array;
}

/** Orders strings by UTF-16 code unit, the order binary search over the vocabulary assumes. */
export function compareCodeUnits(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Indexes the words of each text; document `i` is `texts[i]`. */
export function buildTokenIndex(texts: readonly string[]): TokenIndexData {
  const lists = new Map<string, number[]>();
  texts.forEach((text, documentId) => {
    for (const { word } of tokenizeWords(text)) {
      if (word === "") continue;
      const list = lists.get(word);
      if (list === undefined) lists.set(word, [documentId]);
      else if (list[list.length - 1] !== documentId) list.push(documentId);
    }
  });
  const vocabulary = [...lists.keys()].sort(compareCodeUnits);
  const offsets = new Uint32Array(vocabulary.length + 1);
  let total = 0;
  vocabulary.forEach((word, termId) => {
    offsets[termId] = total;
    total += lists.get(word)?.length ?? 0;
  });
  offsets[vocabulary.length] = total;
  const postings = new Uint32Array(total);
  vocabulary.forEach((word, termId) => postings.set(lists.get(word) ?? [], offsets[termId]));
  return { documentCount: texts.length, vocabulary, offsets, postings };
}

/** First index whose word is not below `word`. */
export function lowerBound(vocabulary: readonly string[], word: string, from = 0): number {
  let low = from;
  let high = vocabulary.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((vocabulary[middle] ?? "") < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The range [start, end) of vocabulary words that start with `prefix`. */
export function findPrefixRange(
  vocabulary: readonly string[],
  prefix: string,
  from = 0,
): readonly [number, number] {
  const start = lowerBound(vocabulary, prefix, from);
  // "\uffff" sorts after every other code unit, so prefix + "\uffff" bounds the whole block.
  return [start, lowerBound(vocabulary, `${prefix}\uffff`, start)];
}

/** How many documents hold term `termId`. */
export function countDocuments(index: TokenIndexData, termId: number): number {
  return (index.offsets[termId + 1] ?? 0) - (index.offsets[termId] ?? 0);
}
