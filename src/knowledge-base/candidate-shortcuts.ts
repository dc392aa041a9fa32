/**
 * Ways to findCandidates's answer that skip tallying every posting, for the queries where that
 * tally is the whole cost: a one-letter autocomplete prefix at a million passages expands to
 * 30k name documents, of which 100 are wanted. Each gives exactly the tally's documents, in its
 * order (test/knowledge-base/candidate-shortcuts.test.ts compares them on generated indices).
 * Here: the query plan and one-word queries; several words over names: short-document-candidates.ts.
 */
import type { TokenIndexData } from "./token-index.ts";

/** One query word as findCandidates scores it. */
export interface WordPlan {
  readonly word: string;
  /** The terms it stands for, most likely first: the word as spelled, when held, comes first. */
  readonly terms: readonly number[];
  /** Documents summed over `terms`. */
  readonly postings: number;
  /** What a document holding the word as spelled gains. */
  readonly weight: number;
  /** What a document holding only a look-alike of it gains. */
  readonly nearWeight: number;
}

/**
 * The candidates of a one-word query. Every document it touches holds one query word, so the
 * order is the word's own documents (full weight), then its look-alikes' (near weight), each in
 * document order; both come from the heads of the postings lists, which are ascending.
 */
export function findSingleWordCandidates(
  index: TokenIndexData,
  terms: readonly number[],
  word: string,
  limit: number,
): number[] {
  const { offsets, postings, vocabulary } = index;
  const chosen: number[] = [];
  const nearTerms: number[] = [];
  for (const termId of terms) {
    if (vocabulary[termId] !== word) {
      nearTerms.push(termId);
      continue;
    }
    const start = offsets[termId] ?? 0;
    const end = Math.min(offsets[termId + 1] ?? 0, start + limit);
    for (let at = start; at < end; at++) chosen.push(postings[at] ?? 0);
  }
  if (chosen.length >= limit || nearTerms.length === 0) return chosen;
  mergeNearDocuments(index, nearTerms, chosen, limit);
  return chosen;
}

/**
 * Appends to `chosen` (the word's own documents, ascending, all of them) the first documents of
 * the look-alikes' lists, merged in document order, skipping repeats and documents already
 * chosen, until `limit`. A cursor per list, so nothing the size of the lists is allocated:
 * this runs at every keystroke.
 */
function mergeNearDocuments(
  index: TokenIndexData,
  nearTerms: readonly number[],
  chosen: number[],
  limit: number,
): void {
  const { offsets, postings } = index;
  const cursors = Uint32Array.from(nearTerms, (termId) => offsets[termId] ?? 0);
  const ends = Uint32Array.from(nearTerms, (termId) => offsets[termId + 1] ?? 0);
  const exactCount = chosen.length;
  let exactAt = 0;
  let previous = -1;
  while (chosen.length < limit) {
    let list = -1;
    let smallest = Infinity;
    for (let at = 0; at < cursors.length; at++) {
      const cursor = cursors[at] ?? 0;
      if (cursor >= (ends[at] ?? 0)) continue;
      const documentId = postings[cursor] ?? 0;
      if (documentId < smallest) {
        smallest = documentId;
        list = at;
      }
    }
    if (list < 0) return;
    cursors[list] = (cursors[list] ?? 0) + 1;
    if (smallest === previous) continue;
    previous = smallest;
    while (exactAt < exactCount && (chosen[exactAt] ?? 0) < smallest) exactAt++;
    if (exactAt < exactCount && chosen[exactAt] === smallest) continue;
    chosen.push(smallest);
  }
}
