/**
 * Finds the vocabulary words a query word may stand for, by the same rule as isFuzzyWordMatch,
 * without comparing it with every word: a trie over the vocabulary is walked depth first, sharing
 * edit-distance rows between words with a common prefix and leaving a branch as soon as its
 * prefix is already too far from the query word (Levenshtein over a trie).
 */
import { allowedEdits } from "./fuzzy-words.ts";
import { findPrefixRange, type TokenIndexData } from "./token-index.ts";

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
  // One flat table: row `depth` is the trie path to that depth against the word.
  const rows = new Int32Array((maxDepth + 1) * width).fill(limit + 1);
  for (let j = 0; j < width; j++) rows[j] = j;
  const wordChars = Uint16Array.from(word, (char) => char.charCodeAt(0));
  const pathChars = new Uint16Array(maxDepth + 1);
  const found: number[] = [];
  const stack: number[] = [];
  const { firstChild, nextSibling, chars, term } = trie;
  for (let child = firstChild[0] ?? -1; child >= 0; child = nextSibling[child] ?? -1) {
    stack.push(child, 1);
  }
  const context: RowContext = { width, limit, wordChars, pathChars };
  while (stack.length > 0) {
    const depth = stack.pop() as number;
    const node = stack.pop() as number;
    pathChars[depth] = chars[node] as number;
    const rowMin = fillRow(rows, context, depth);
    // Row minima never fall as the prefix grows, so a row past the limit rules out the branch.
    if (rowMin > limit) continue;
    const termId = term[node] as number;
    // The last column lies in the row's band only when the lengths differ by at most `limit`.
    if (termId >= 0 && depth - limit <= width - 1) {
      if ((rows[depth * width + width - 1] as number) <= limit) found.push(termId);
    }
    if (depth === maxDepth) continue;
    for (let child = firstChild[node] as number; child >= 0; child = nextSibling[child] as number) {
      stack.push(child, depth + 1);
    }
  }
  return found.sort((a, b) => a - b);
}

interface RowContext {
  readonly width: number;
  readonly limit: number;
  readonly wordChars: Uint16Array;
  readonly pathChars: Uint16Array;
}

/**
 * One row of the edit-distance table: the trie path to `depth` against the query word. Only the
 * band of columns within `limit` of the diagonal can stay within the limit, so only it is filled;
 * the cell on each side is set past the limit for the rows below to read. Typed-array reads are
 * in bounds by construction, hence the casts.
 */
function fillRow(rows: Int32Array, context: RowContext, depth: number): number {
  const { width, limit, wordChars, pathChars } = context;
  const row = depth * width;
  const above = row - width;
  const twoAbove = Math.max(0, depth - 2) * width;
  const char = pathChars[depth] as number;
  const previousChar = pathChars[depth - 1] as number;
  const low = Math.max(1, depth - limit);
  const high = Math.min(width - 1, depth + limit);
  rows[row] = depth;
  if (low - 1 >= 1) rows[row + low - 1] = limit + 1;
  if (high + 1 <= width - 1) rows[row + high + 1] = limit + 1;
  let rowMin = depth;
  let left = rows[row + low - 1] as number;
  for (let j = low; j <= high; j++) {
    const wordChar = wordChars[j - 1] as number;
    const substitute = (rows[above + j - 1] as number) + (wordChar === char ? 0 : 1);
    const remove = (rows[above + j] as number) + 1;
    const insert = left + 1;
    let best = substitute < remove ? substitute : remove;
    if (insert < best) best = insert;
    if (depth > 1 && j > 1 && wordChar === previousChar && wordChars[j - 2] === char) {
      const swap = (rows[twoAbove + j - 2] as number) + 1;
      if (swap < best) best = swap;
    }
    rows[row + j] = best;
    left = best;
    if (best < rowMin) rowMin = best;
  }
  return rowMin;
}

/**
 * A short word (under 5 letters) already held by this many documents is taken as typed: its
 * look-alikes ("hall": "hail", "half", "halls", "wall"…) are common words that cost hundreds of
 * thousands of postings in a large library and add noise, not recall. Below it, small libraries
 * keep every look-alike.
 */
export const SHORT_WORD_EXACT_ENOUGH = 500;
const SHORT_WORD = 5;

/**
 * Term ids `word` may stand for: itself, its typo neighbours, and (from 4 letters, or always
 * when `isPrefix`, for a word still being typed) the words it begins. `countOf` (documents per
 * term) lets a common short word stand for itself alone (SHORT_WORD_EXACT_ENOUGH).
 */
export function findWordTerms(
  trie: VocabularyTrie,
  word: string,
  isPrefix: boolean,
  countOf?: (termId: number) => number,
): number[] {
  const [start, end] = findPrefixRange(trie.vocabulary, word);
  const exact = start < end && trie.vocabulary[start] === word ? start : -1;
  if (
    !isPrefix &&
    exact >= 0 &&
    word.length < SHORT_WORD &&
    countOf !== undefined &&
    countOf(exact) >= SHORT_WORD_EXACT_ENOUGH
  ) {
    return [exact];
  }
  const terms = new Set(findTypoNeighbours(trie, word));
  if (isPrefix || word.length >= 4) {
    for (let termId = start; termId < end; termId++) terms.add(termId);
  } else if (exact >= 0) {
    terms.add(exact);
  }
  return [...terms].sort((a, b) => a - b);
}

/** Term ids a word may stand for (see findWordTerms). */
export type TermFinder = (word: string, isPrefix: boolean) => readonly number[];

/** How many words' terms a search keeps between queries: the same words recur (names, topics). */
const REMEMBERED_WORDS = 4096;

/**
 * findWordTerms with a memory: the candidates and the proximity check of one query share it, and
 * `remembered` (bounded, emptied when full) keeps it across queries. With `index`, common short
 * words stand for themselves (see findWordTerms).
 */
export function createTermFinder(
  trie: VocabularyTrie,
  index?: Pick<TokenIndexData, "offsets">,
  remembered: Map<string, readonly number[]> = new Map(),
): TermFinder {
  const countOf =
    index === undefined
      ? undefined
      : (termId: number) => (index.offsets[termId + 1] ?? 0) - (index.offsets[termId] ?? 0);
  return (word, isPrefix) => {
    const key = `${isPrefix ? "*" : ""}${word}`;
    let terms = remembered.get(key);
    if (terms === undefined) {
      terms = findWordTerms(trie, word, isPrefix, countOf);
      if (remembered.size >= REMEMBERED_WORDS) remembered.clear();
      remembered.set(key, terms);
    }
    return terms;
  };
}
