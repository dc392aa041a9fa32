/**
 * Finds the vocabulary words a query word may stand for, by the same rule as isFuzzyWordMatch,
 * without comparing it with every word: a trie over the vocabulary is walked depth first, sharing
 * edit-distance rows between words with a common prefix and leaving a branch as soon as its
 * prefix is already too far from the query word (Levenshtein over a trie).
 */
import { allowedEdits } from "./fuzzy-words.ts";
import { findPrefixRange } from "./token-index.ts";

/** A trie in flat arrays; node 0 is the root. Built from the sorted vocabulary in linear time. */
export interface VocabularyTrie {
  readonly vocabulary: readonly string[];
  readonly chars: Uint16Array;
  readonly firstChild: Int32Array;
  readonly nextSibling: Int32Array;
  /** Term id ending at the node, or -1. */
  readonly term: Int32Array;
}

export function buildVocabularyTrie(vocabulary: readonly string[]): VocabularyTrie {
  const size = 1 + vocabulary.reduce((sum, word) => sum + word.length, 0);
  const chars = new Uint16Array(size);
  const firstChild = new Int32Array(size).fill(-1);
  const nextSibling = new Int32Array(size).fill(-1);
  const lastChild = new Int32Array(size).fill(-1);
  const term = new Int32Array(size).fill(-1);
  const path = [0];
  let count = 1;
  let previous = "";
  vocabulary.forEach((word, termId) => {
    let shared = 0;
    while (shared < previous.length && previous.charCodeAt(shared) === word.charCodeAt(shared)) {
      shared++;
    }
    path.length = shared + 1;
    for (let at = shared; at < word.length; at++) {
      const parent = path[at] ?? 0;
      const node = count++;
      chars[node] = word.charCodeAt(at);
      // Words come sorted, so each new child is its parent's last so far.
      const last = lastChild[parent] ?? -1;
      if (last < 0) firstChild[parent] = node;
      else nextSibling[last] = node;
      lastChild[parent] = node;
      path.push(node);
    }
    term[path[word.length] ?? 0] = termId;
    previous = word;
  });
  return { vocabulary, chars, firstChild, nextSibling, term };
}

/** Term ids of the words within the allowed typos of `word` (optimal string alignment). */
export function findTypoNeighbours(trie: VocabularyTrie, word: string): number[] {
  const limit = allowedEdits(word.length);
  if (limit === 0) return [];
  const width = word.length + 1;
  const maxDepth = word.length + limit;
  const rows = Array.from({ length: maxDepth + 1 }, () => new Int32Array(width));
  rows[0]?.set(Array.from({ length: width }, (_, j) => j));
  const pathChars = new Uint16Array(maxDepth + 1);
  const found: number[] = [];
  const stack: number[] = [];
  const depths: number[] = [];
  for (let child = trie.firstChild[0] ?? -1; child >= 0; child = trie.nextSibling[child] ?? -1) {
    stack.push(child);
    depths.push(1);
  }
  while (stack.length > 0) {
    const node = stack.pop() ?? 0;
    const depth = depths.pop() ?? 1;
    pathChars[depth] = trie.chars[node] ?? 0;
    const rowMin = fillRow(rows, pathChars, word, depth);
    // Row minima never fall as the prefix grows, so a row past the limit rules out the branch.
    if (rowMin > limit) continue;
    const termId = trie.term[node] ?? -1;
    if (termId >= 0 && (rows[depth]?.[width - 1] ?? limit + 1) <= limit) found.push(termId);
    if (depth === maxDepth) continue;
    for (
      let child = trie.firstChild[node] ?? -1;
      child >= 0;
      child = trie.nextSibling[child] ?? -1
    ) {
      stack.push(child);
      depths.push(depth + 1);
    }
  }
  return found.sort((a, b) => a - b);
}

/** One row of the edit-distance table: the trie path to `depth` against the query word. */
function fillRow(
  rows: readonly Int32Array[],
  pathChars: Uint16Array,
  word: string,
  depth: number,
): number {
  const row = rows[depth];
  const above = rows[depth - 1];
  const twoAbove = rows[Math.max(0, depth - 2)];
  if (row === undefined || above === undefined || twoAbove === undefined) return Infinity;
  const char = pathChars[depth] ?? 0;
  const previousChar = pathChars[depth - 1] ?? 0;
  row[0] = depth;
  let rowMin = depth;
  for (let j = 1; j < row.length; j++) {
    const wordChar = word.charCodeAt(j - 1);
    const cost = wordChar === char ? 0 : 1;
    let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
    if (depth > 1 && j > 1 && wordChar === previousChar && word.charCodeAt(j - 2) === char) {
      best = Math.min(best, (twoAbove[j - 2] ?? 0) + 1);
    }
    row[j] = best;
    if (best < rowMin) rowMin = best;
  }
  return rowMin;
}

/**
 * Term ids `word` may stand for: itself, its typo neighbours, and (from 4 letters, or always
 * when `isPrefix`, for a word still being typed) the words it begins.
 */
export function findWordTerms(trie: VocabularyTrie, word: string, isPrefix: boolean): number[] {
  const terms = new Set(findTypoNeighbours(trie, word));
  const [start, end] = findPrefixRange(trie.vocabulary, word);
  if (isPrefix || word.length >= 4) {
    for (let termId = start; termId < end; termId++) terms.add(termId);
  } else if (start < end && trie.vocabulary[start] === word) {
    terms.add(start);
  }
  return [...terms].sort((a, b) => a - b);
}

/** Term ids a word may stand for (see findWordTerms). */
export type TermFinder = (word: string, isPrefix: boolean) => readonly number[];

/** findWordTerms with a memory, for one query: the candidates and the proximity check share it. */
export function createTermFinder(trie: VocabularyTrie): TermFinder {
  const found = new Map<string, readonly number[]>();
  return (word, isPrefix) => {
    const key = `${isPrefix ? "*" : ""}${word}`;
    let terms = found.get(key);
    if (terms === undefined) {
      terms = findWordTerms(trie, word, isPrefix);
      found.set(key, terms);
    }
    return terms;
  };
}
