/**
 * matchQueryWords for many texts and one query, with two proximity signals the token index
 * cannot give (it knows which words a passage holds, not where): how close together the query's
 * words stand, and how long a run of the query, stop words included, the text repeats in order.
 */
import type { Span } from "../model/analysis.ts";
import { isFuzzyWordMatch, normalizeWord, WORD, type WordMatches } from "./fuzzy-words.ts";

export interface PhraseMatches extends WordMatches {
  /** The fewest consecutive words of the text holding every query word found (0 for none). */
  readonly window: number;
  /** The longest run of the typed query's words (stop words too) found in order in the text. */
  readonly run: number;
}

/** Positions in the typed query that a normalised text word matches, in ascending order. */
export type PositionFinder = (word: string) => readonly number[];

interface Verdict {
  /** The content word this text word matches, or null. */
  readonly word: string | null;
  /** Positions in the typed query this text word matches. */
  readonly positions: readonly number[];
}

/**
 * `queryWords` are the content words (tokenizeQuery); `typed` all normalised words as typed.
 * Each distinct word form is judged once per query: the same words recur across passages.
 */
export function createWordMatcher(
  queryWords: readonly string[],
  typed: readonly string[] = queryWords,
  positionsOf: PositionFinder = (word) => findTypedPositions(typed, word),
): (text: string) => PhraseMatches {
  const verdicts = new Map<string, Verdict>();
  const content = new Set(queryWords);
  const judge = (raw: string): Verdict => {
    const positions = positionsOf(normalizeWord(raw));
    // The first typed content word it matches: the same as the first query word, in query order.
    const at = positions.find((position) => content.has(typed[position] ?? ""));
    return { word: at === undefined ? null : (typed[at] ?? null), positions };
  };
  return (text) => {
    const spans: Span[] = [];
    const hits: { position: number; word: string }[] = [];
    const found = new Set<string>();
    let runs = new Uint8Array(typed.length + 1);
    let next = new Uint8Array(typed.length + 1);
    let longest = 0;
    let isRunning = false;
    let position = 0;
    for (const match of text.matchAll(WORD)) {
      const raw = match[0];
      let verdict = verdicts.get(raw);
      if (verdict === undefined) {
        verdict = judge(raw);
        verdicts.set(raw, verdict);
      }
      // Most words match nothing: the run table is cleared once after a match, not at every word.
      if (verdict.positions.length === 0) {
        if (isRunning) runs.fill(0);
        isRunning = false;
      } else {
        next.fill(0);
        for (const at of verdict.positions) {
          next[at + 1] = Math.min(255, (runs[at] ?? 0) + 1);
          longest = Math.max(longest, next[at + 1] ?? 0);
        }
        [runs, next] = [next, runs];
        isRunning = true;
      }
      if (verdict.word !== null) {
        spans.push([match.index, match.index + raw.length]);
        found.add(verdict.word);
        hits.push({ position, word: verdict.word });
      }
      position++;
    }
    return {
      spans,
      matchedWords: found.size,
      window: findSmallestWindow(hits, found.size),
      run: longest,
    };
  };
}

const NO_POSITIONS: readonly number[] = Object.freeze([]);

/**
 * The typed positions `word` matches. A loop, not flatMap: it runs for every distinct word of
 * every candidate passage, and most match nothing, so they share one empty list.
 */
function findTypedPositions(typed: readonly string[], word: string): readonly number[] {
  let found: number[] | undefined;
  for (let at = 0; at < typed.length; at++) {
    if (isFuzzyWordMatch(typed[at] ?? "", word)) (found ??= []).push(at);
  }
  return found ?? NO_POSITIONS;
}

/** Smallest run of positions holding one of each distinct word in `hits` (sliding window). */
function findSmallestWindow(
  hits: readonly { position: number; word: string }[],
  distinct: number,
): number {
  if (distinct === 0) return 0;
  const counts = new Map<string, number>();
  let covered = 0;
  let best = Infinity;
  let left = 0;
  for (const hit of hits) {
    const count = counts.get(hit.word) ?? 0;
    if (count === 0) covered++;
    counts.set(hit.word, count + 1);
    while (covered === distinct) {
      const first = hits[left];
      if (first === undefined) break;
      best = Math.min(best, hit.position - first.position + 1);
      const remaining = (counts.get(first.word) ?? 1) - 1;
      counts.set(first.word, remaining);
      if (remaining === 0) covered--;
      left++;
    }
  }
  return best;
}

/** Better first: more query words, then a longer run of the typed query, then a tighter window. */
export function comparePhraseMatches(
  a: Pick<PhraseMatches, "matchedWords" | "run" | "window">,
  b: Pick<PhraseMatches, "matchedWords" | "run" | "window">,
): number {
  return b.matchedWords - a.matchedWords || b.run - a.run || a.window - b.window;
}
