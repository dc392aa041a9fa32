/**
 * createWordMatcher's proximity signals (query words found, longest run of the typed query in
 * order, smallest window holding them) over a document's term ids from the forward index, so a
 * pool of hundreds of passages is judged without tokenising their text again.
 */
import { NO_TERM } from "./token-index.ts";

/** The signals comparePhraseMatches reads. */
export interface ProximitySignals {
  readonly matchedWords: number;
  readonly run: number;
  readonly window: number;
}

interface TermVerdict {
  /** Index of the content word this term matches, or -1. */
  readonly word: number;
  /** Positions in the typed query this term matches. */
  readonly positions: readonly number[];
}

/**
 * `typed` are the query's normalised words as typed, `content` the ones worth matching
 * (tokenizeQuery); `positionsOfTerm` says which typed positions each term id matches (the same
 * judgement createWordMatcher makes on the term's text). `verdictOf` is a zeroed table with a
 * slot per term of the vocabulary, shared from query to query: looking a term up there is what
 * judging hundreds of passages a query costs.
 */
export function createTermMatcher(
  typed: readonly string[],
  content: readonly string[],
  positionsOfTerm: ReadonlyMap<number, readonly number[]>,
  verdictOf: Int32Array,
): TermMatcher {
  const contentIndex = new Map(content.map((word, index) => [word, index]));
  const verdicts: TermVerdict[] = [];
  for (const [termId, positions] of positionsOfTerm) {
    // The first typed content word it matches, as createWordMatcher picks it.
    const at = positions.find((position) => contentIndex.has(typed[position] ?? ""));
    const word = at === undefined ? -1 : (contentIndex.get(typed[at] ?? "") ?? -1);
    verdictOf[termId] = verdicts.length + 1;
    verdicts.push({ word, positions });
  }
  const width = typed.length + 1;
  let runs = new Uint8Array(width);
  let next = new Uint8Array(width);
  const counts = new Int32Array(Math.max(1, content.length));
  const seen = new Uint8Array(Math.max(1, content.length));
  const hitPositions: number[] = [];
  const hitWords: number[] = [];
  const match = (words: Uint32Array, start: number, end: number): ProximitySignals => {
    runs.fill(0);
    hitPositions.length = 0;
    hitWords.length = 0;
    seen.fill(0);
    let found = 0;
    let longest = 0;
    // Most words match nothing: the run table is cleared once after a match, not at every word.
    let isRunning = false;
    for (let at = start; at < end; at++) {
      const termId = words[at] ?? NO_TERM;
      // Slot 0 is "no verdict": most words, which must not read verdicts[-1] (a slow lookup).
      const slot = termId === NO_TERM ? 0 : (verdictOf[termId] ?? 0);
      const verdict = slot === 0 ? undefined : verdicts[slot - 1];
      if (verdict === undefined) {
        if (isRunning) runs.fill(0);
        isRunning = false;
        continue;
      }
      next.fill(0);
      isRunning = verdict.positions.length > 0;
      for (const position of verdict.positions) {
        const run = Math.min(255, (runs[position] ?? 0) + 1);
        next[position + 1] = run;
        if (run > longest) longest = run;
      }
      if (verdict.word >= 0) {
        hitPositions.push(at - start);
        hitWords.push(verdict.word);
        if (seen[verdict.word] === 0) {
          seen[verdict.word] = 1;
          found++;
        }
      }
      [runs, next] = [next, runs];
    }
    return {
      matchedWords: found,
      run: longest,
      window: findSmallestWindow(hitPositions, hitWords, found, counts),
    };
  };
  const release = (): void => {
    for (const termId of positionsOfTerm.keys()) verdictOf[termId] = 0;
  };
  return { match, release };
}

/** Judges documents by their term ids; `release` leaves the shared verdict table zeroed. */
export interface TermMatcher {
  readonly match: (words: Uint32Array, start: number, end: number) => ProximitySignals;
  readonly release: () => void;
}

/** Smallest run of positions holding one of each distinct word of the hits (sliding window). */
function findSmallestWindow(
  positions: readonly number[],
  words: readonly number[],
  distinct: number,
  counts: Int32Array,
): number {
  if (distinct === 0) return 0;
  counts.fill(0);
  let covered = 0;
  let best = Infinity;
  let left = 0;
  for (let at = 0; at < positions.length; at++) {
    const word = words[at] ?? 0;
    if ((counts[word] ?? 0) === 0) covered++;
    counts[word] = (counts[word] ?? 0) + 1;
    while (covered === distinct && left <= at) {
      best = Math.min(best, (positions[at] ?? 0) - (positions[left] ?? 0) + 1);
      const first = words[left] ?? 0;
      counts[first] = (counts[first] ?? 0) - 1;
      if (counts[first] === 0) covered--;
      left++;
    }
  }
  return best;
}
