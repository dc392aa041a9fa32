/**
 * An inverted index over normalised words (which documents hold each word of the vocabulary),
 * and the forward one (each document's words, in order, as term ids).
 */
import { tokenizeWords } from "./fuzzy-words.ts";

/**
 * Plain data, so it can be saved and loaded as is. `vocabulary` is sorted by code unit, which
 * lets prefix and typo look-ups walk it like a trie; the documents holding term `t` are
 * `postings[offsets[t] .. offsets[t + 1])`, ascending. Document `d`'s words, in text order, are
 * `words[wordStarts[d] .. wordStarts[d + 1])`: proximity is judged on these ids, with no text
 * to tokenise again at query time.
 */
export interface TokenIndexData {
  readonly documentCount: number;
  readonly vocabulary: readonly string[];
  readonly offsets: Uint32Array;
  readonly postings: Uint32Array;
  readonly wordStarts: Uint32Array;
  readonly words: Uint32Array;
}

/** A word that normalises to nothing: it keeps its place in `words` but is no term. */
export const NO_TERM = 0xffffffff;

/** Orders strings by UTF-16 code unit, the order binary search over the vocabulary assumes. */
export function compareCodeUnits(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** A Uint32Array that doubles when full, so a million documents' words never sit in a JS array. */
class GrowingUint32 {
  values = new Uint32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Uint32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
  finish(): Uint32Array {
    return this.values.slice(0, this.length);
  }
}

/** Indexes the words of each text; document `i` is `texts[i]`. */
export function buildTokenIndex(texts: readonly string[]): TokenIndexData {
  // Words get ids in the order first seen, renumbered once the vocabulary is sorted.
  const seen = new Map<string, number>();
  const firstSeen: string[] = [];
  const sequence = new GrowingUint32();
  const wordStarts = new Uint32Array(texts.length + 1);
  texts.forEach((text, documentId) => {
    wordStarts[documentId] = sequence.length;
    for (const { word } of tokenizeWords(text)) {
      if (word === "") {
        sequence.push(NO_TERM);
        continue;
      }
      let id = seen.get(word);
      if (id === undefined) {
        id = firstSeen.length;
        seen.set(word, id);
        firstSeen.push(word);
      }
      sequence.push(id);
    }
  });
  wordStarts[texts.length] = sequence.length;
  const order = firstSeen
    .map((_, id) => id)
    .sort((a, b) => compareCodeUnits(firstSeen[a] ?? "", firstSeen[b] ?? ""));
  const termOf = new Uint32Array(firstSeen.length);
  order.forEach((id, termId) => (termOf[id] = termId));
  const words = sequence.finish();
  for (let at = 0; at < words.length; at++) {
    const id = words[at] ?? NO_TERM;
    if (id !== NO_TERM) words[at] = termOf[id] ?? NO_TERM;
  }
  const vocabulary = order.map((id) => firstSeen[id] ?? "");
  const { offsets, postings } = invertWords(vocabulary.length, wordStarts, words);
  return { documentCount: texts.length, vocabulary, offsets, postings, wordStarts, words };
}

/** The postings of every term from each document's words: counted, then placed in one pass. */
function invertWords(
  termCount: number,
  wordStarts: Uint32Array,
  words: Uint32Array,
): { offsets: Uint32Array; postings: Uint32Array } {
  const documentCount = wordStarts.length - 1;
  const lastDocument = new Int32Array(termCount).fill(-1);
  const offsets = new Uint32Array(termCount + 1);
  const forEachDistinct = (visit: (termId: number, documentId: number) => void): void => {
    lastDocument.fill(-1);
    for (let documentId = 0; documentId < documentCount; documentId++) {
      const end = wordStarts[documentId + 1] ?? 0;
      for (let at = wordStarts[documentId] ?? 0; at < end; at++) {
        const termId = words[at] ?? NO_TERM;
        if (termId === NO_TERM || lastDocument[termId] === documentId) continue;
        lastDocument[termId] = documentId;
        visit(termId, documentId);
      }
    }
  };
  forEachDistinct((termId) => (offsets[termId + 1] = (offsets[termId + 1] ?? 0) + 1));
  for (let termId = 0; termId < termCount; termId++) {
    offsets[termId + 1] = (offsets[termId + 1] ?? 0) + (offsets[termId] ?? 0);
  }
  const postings = new Uint32Array(offsets[termCount] ?? 0);
  const next = offsets.slice(0, termCount);
  forEachDistinct((termId, documentId) => {
    const slot = next[termId] ?? 0;
    postings[slot] = documentId;
    next[termId] = slot + 1;
  });
  return { offsets, postings };
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

/** The term id of exactly `word`, or -1. */
export function findTerm(vocabulary: readonly string[], word: string): number {
  const at = lowerBound(vocabulary, word);
  return vocabulary[at] === word ? at : -1;
}

/** How many documents hold term `termId`. */
export function countDocuments(index: TokenIndexData, termId: number): number {
  return (index.offsets[termId + 1] ?? 0) - (index.offsets[termId] ?? 0);
}
