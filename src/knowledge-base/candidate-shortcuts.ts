/**
 * Ways to findCandidates's answer that skip tallying every posting, for the queries where that
 * tally is the whole cost: a one-letter autocomplete prefix at a million passages expands to
 * 30k name documents, of which 100 are wanted. Each gives exactly the tally's documents, in its
 * order (test/knowledge-base/candidate-shortcuts.test.ts compares them on generated indices).
 */
import { NO_TERM, type TokenIndexData } from "./token-index.ts";
import { selectHeaviest } from "./select-top.ts";

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
  const room = limit - chosen.length;
  if (room <= 0 || nearTerms.length === 0) return chosen;
  // The `room` first documents of the look-alikes that are not chosen yet lie among the first
  // `limit` of each list: whatever precedes one of them in its list is chosen or one of them.
  const heads: number[] = [];
  for (const termId of nearTerms) {
    const start = offsets[termId] ?? 0;
    const end = Math.min(offsets[termId + 1] ?? 0, start + limit);
    for (let at = start; at < end; at++) heads.push(postings[at] ?? 0);
  }
  const exact = new Set(chosen);
  let previous = -1;
  for (const documentId of Uint32Array.from(heads).sort()) {
    if (chosen.length === limit) break;
    if (documentId === previous) continue;
    previous = documentId;
    if (!exact.has(documentId)) chosen.push(documentId);
  }
  return chosen;
}

/** Per-term tables the size of an index's vocabulary, zeroed between queries. */
interface TermTables {
  /** Bit i: the term is word i of the plan as spelled. */
  readonly exact: Uint32Array;
  /** Bit i: the term is one of word i's look-alikes. */
  readonly near: Uint32Array;
  /** 1 + the term's place among the rarest word's terms, or 0. */
  readonly driverRank: Int32Array;
}

const tablesOf = new WeakMap<TokenIndexData, TermTables>();
/** Words a plan's bit masks hold (bit 31 would turn them negative). */
const MAX_PLAN_WORDS = 30;

/**
 * The candidates of a query of several words when at least `limit` documents hold all of them:
 * those are the best, and each holds the rarest word, so only that word's documents are read,
 * each judged whole from the forward index. Undefined when fewer hold all the words (the tally
 * must then rank partial matches), or when the documents are too long for reading them to beat
 * the tally (passages).
 */
export function findFullMatchCandidates(
  index: TokenIndexData,
  plan: readonly WordPlan[],
  limit: number,
): number[] | undefined {
  if (plan.length < 2 || plan.length > MAX_PLAN_WORDS || index.documentCount === 0) {
    return undefined;
  }
  let driver = plan[0];
  let allPostings = 0;
  for (const word of plan) {
    if (word.terms.length === 0) return undefined;
    allPostings += word.postings;
    if (driver === undefined || word.postings < driver.postings) driver = word;
  }
  if (driver === undefined) return undefined;
  const wordsPerDocument = index.words.length / index.documentCount;
  if (driver.postings * wordsPerDocument >= allPostings) return undefined;
  const tables = markTerms(index, plan, driver);
  try {
    const found = readFullMatches(index, plan, driver, tables);
    if (found.ids.length < limit) return undefined;
    const weights = Float64Array.from(found.weights);
    return selectHeaviest(found.ids, weights, limit)
      .sort(
        (a, b) =>
          (weights[b] ?? 0) - (weights[a] ?? 0) || (found.ids[a] ?? 0) - (found.ids[b] ?? 0),
      )
      .map((at) => found.ids[at] ?? 0);
  } finally {
    for (const word of plan) {
      for (const termId of word.terms) {
        tables.exact[termId] = 0;
        tables.near[termId] = 0;
        tables.driverRank[termId] = 0;
      }
    }
  }
}

function markTerms(index: TokenIndexData, plan: readonly WordPlan[], driver: WordPlan): TermTables {
  let tables = tablesOf.get(index);
  if (tables === undefined) {
    const size = index.vocabulary.length;
    tables = {
      exact: new Uint32Array(size),
      near: new Uint32Array(size),
      driverRank: new Int32Array(size),
    };
    tablesOf.set(index, tables);
  }
  const { exact, near, driverRank } = tables;
  plan.forEach((word, position) => {
    const bit = 1 << position;
    for (const termId of word.terms) {
      if (index.vocabulary[termId] === word.word) exact[termId] = (exact[termId] ?? 0) | bit;
      else near[termId] = (near[termId] ?? 0) | bit;
    }
  });
  driver.terms.forEach((termId, rank) => (driverRank[termId] = rank + 1));
  return tables;
}

/**
 * Every document holding all the plan's words, with the weight the tally would give it: each
 * word's weight, full when the document holds the word as spelled, summed in query order. A
 * document is read once, from the first of the driver's terms it holds.
 */
function readFullMatches(
  index: TokenIndexData,
  plan: readonly WordPlan[],
  driver: WordPlan,
  tables: TermTables,
): { readonly ids: number[]; readonly weights: number[] } {
  const { offsets, postings, wordStarts, words } = index;
  const { exact, near, driverRank } = tables;
  const all = (1 << plan.length) - 1;
  const ids: number[] = [];
  const weights: number[] = [];
  driver.terms.forEach((termId, rank) => {
    const end = offsets[termId + 1] ?? 0;
    for (let at = offsets[termId] ?? 0; at < end; at++) {
      const documentId = postings[at] ?? 0;
      let exactHeld = 0;
      let held = 0;
      let firstRank = Infinity;
      const stop = wordStarts[documentId + 1] ?? 0;
      for (let place = wordStarts[documentId] ?? 0; place < stop; place++) {
        const term = words[place] ?? NO_TERM;
        if (term === NO_TERM) continue;
        exactHeld |= exact[term] ?? 0;
        held |= (exact[term] ?? 0) | (near[term] ?? 0);
        const termRank = driverRank[term] ?? 0;
        if (termRank > 0 && termRank < firstRank) firstRank = termRank;
      }
      if (firstRank !== rank + 1 || held !== all) continue;
      let weight = 0;
      plan.forEach((word, position) => {
        weight += (exactHeld >>> position) & 1 ? word.weight : word.nearWeight;
      });
      ids.push(documentId);
      weights.push(weight);
    }
  });
  return { ids, weights };
}
