/**
 * Finds the vocabulary words a query word may stand for, by the same rule as isFuzzyWordMatch,
 * without comparing it with every word: the sorted vocabulary is walked like a trie, edit-distance
 * rows are shared between words with a common prefix, and a whole block of words is skipped as
 * soon as its common prefix is already too far from the query word.
 */
import { allowedEdits } from "./fuzzy-words.ts";
import { findPrefixRange } from "./token-index.ts";

/** Term ids of the words within the allowed typos of `word` (optimal string alignment). */
export function findTypoNeighbours(vocabulary: readonly string[], word: string): number[] {
  const limit = allowedEdits(word.length);
  if (limit === 0) return [];
  const walk = createWalk(word, limit);
  const found: number[] = [];
  let previous = "";
  let depth = 0;
  let index = 0;
  while (index < vocabulary.length) {
    const term = vocabulary[index] ?? "";
    let shared = 0;
    while (shared < depth && previous.charCodeAt(shared) === term.charCodeAt(shared)) shared++;
    const prunedAt = walk.extend(term, shared);
    previous = term;
    if (prunedAt > 0) {
      depth = prunedAt - 1;
      index = findPrefixRange(vocabulary, term.slice(0, prunedAt), index)[1];
      continue;
    }
    depth = term.length;
    if (walk.distance(term.length) <= limit) found.push(index);
    index++;
  }
  return found;
}

interface Walk {
  /** Fills rows shared+1..term.length; returns the depth whose row is past the limit, or 0. */
  extend(term: string, shared: number): number;
  distance(depth: number): number;
}

function createWalk(word: string, limit: number): Walk {
  const width = word.length + 1;
  const rows: Int32Array[] = [Int32Array.from({ length: width }, (_, j) => j)];
  const rowAt = (depth: number): Int32Array => {
    let row = rows[depth];
    if (row === undefined) {
      row = new Int32Array(width);
      rows[depth] = row;
    }
    return row;
  };
  const fill = (term: string, depth: number): number => {
    const row = rowAt(depth);
    const above = rowAt(depth - 1);
    const twoAbove = depth >= 2 ? rowAt(depth - 2) : above;
    const char = term.charCodeAt(depth - 1);
    row[0] = depth;
    let rowMin = depth;
    for (let j = 1; j < width; j++) {
      const cost = word.charCodeAt(j - 1) === char ? 0 : 1;
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (
        depth > 1 &&
        j > 1 &&
        word.charCodeAt(j - 1) === term.charCodeAt(depth - 2) &&
        word.charCodeAt(j - 2) === char
      ) {
        best = Math.min(best, (twoAbove[j - 2] ?? 0) + 1);
      }
      row[j] = best;
      if (best < rowMin) rowMin = best;
    }
    return rowMin;
  };
  return {
    extend(term, shared) {
      // Row minima never fall as the prefix grows, so a row past the limit rules out the block.
      for (let depth = shared + 1; depth <= term.length; depth++) {
        if (fill(term, depth) > limit) return depth;
      }
      return 0;
    },
    distance: (depth) => rowAt(depth)[width - 1] ?? limit + 1,
  };
}

/** Term ids of the words that start with `prefix`. */
export function findPrefixTerms(vocabulary: readonly string[], prefix: string): number[] {
  const [start, end] = findPrefixRange(vocabulary, prefix);
  return Array.from({ length: end - start }, (_, offset) => start + offset);
}

/**
 * Term ids `word` may stand for: itself, its typo neighbours, and (from 4 letters, or always
 * when `isPrefix`, for a word still being typed) the words it begins.
 */
export function findWordTerms(
  vocabulary: readonly string[],
  word: string,
  isPrefix: boolean,
): number[] {
  const terms = new Set(findTypoNeighbours(vocabulary, word));
  if (isPrefix || word.length >= 4) {
    for (const termId of findPrefixTerms(vocabulary, word)) terms.add(termId);
  } else {
    const [start, end] = findPrefixRange(vocabulary, word);
    if (start < end && vocabulary[start] === word) terms.add(start);
  }
  return [...terms].sort((a, b) => a - b);
}
