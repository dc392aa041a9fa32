/**
 * findCandidates's answer for several words over an index of short documents (names), without
 * tallying every posting: see findShortDocumentCandidates. Gives exactly the tally's documents,
 * in its order (test/knowledge-base/candidate-shortcuts.test.ts).
 */
import type { WordPlan } from "./candidate-shortcuts.ts";
import { selectHeaviest } from "./select-top.ts";
import { NO_TERM, type TokenIndexData } from "./token-index.ts";

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
 * The candidates of a query of several words, for an index of short documents (names): those
 * holding every word are the best, and each holds the rarest word, so only that word's documents
 * are read, each judged whole from the forward index. When fewer than `limit` hold every word of
 * a two-word query ("Umar Oy"), the rest hold one word: those come from the heads of that word's
 * postings lists, by weight, as for one word. Undefined where the tally must answer: fewer than
 * `limit` full matches among three words or more, or documents too long for reading them to beat
 * the tally (passages).
 */
export function findShortDocumentCandidates(
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
    // A word standing for no term holds no document: only the tally ranks the rest.
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
    if (found.ids.length < limit && plan.length !== 2) return undefined;
    const weights = Float64Array.from(found.weights);
    const full = selectHeaviest(found.ids, weights, limit)
      .sort(
        (a, b) =>
          (weights[b] ?? 0) - (weights[a] ?? 0) || (found.ids[a] ?? 0) - (found.ids[b] ?? 0),
      )
      .map((at) => found.ids[at] ?? 0);
    if (full.length >= limit) return full;
    return [...full, ...findOneWordMatches(index, plan, tables, limit - full.length)];
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

/** Documents holding one word, sharing a weight: a word as spelled, or its look-alikes. */
interface Tier {
  readonly weight: number;
  /** Each a word's terms, of which the tier reads those spelled as the word, or the others. */
  readonly parts: readonly TierPart[];
}

interface TierPart {
  readonly position: number;
  readonly isExact: boolean;
  readonly word: string;
  readonly terms: readonly number[];
}

/**
 * The `room` best documents holding exactly one of the plan's words: by weight (each word's own
 * documents, then its look-alikes'), tiers of equal weight together, then in document order.
 */
function findOneWordMatches(
  index: TokenIndexData,
  plan: readonly WordPlan[],
  tables: TermTables,
  room: number,
): number[] {
  const tiers: Tier[] = [];
  const addTier = (weight: number, part: TierPart): void => {
    const same = tiers.findIndex((tier) => tier.weight === weight);
    const earlier = tiers[same];
    if (earlier === undefined) tiers.push({ weight, parts: [part] });
    else tiers[same] = { weight, parts: [...earlier.parts, part] };
  };
  plan.forEach(({ word, terms, weight, nearWeight }, position) => {
    addTier(weight, { position, isExact: true, word, terms });
    addTier(nearWeight, { position, isExact: false, word, terms });
  });
  tiers.sort((a, b) => b.weight - a.weight);
  const chosen: number[] = [];
  for (const tier of tiers) {
    const wanted = room - chosen.length;
    if (wanted <= 0) break;
    chosen.push(...smallestInTier(index, tables, tier, wanted));
  }
  return chosen;
}

/**
 * The `wanted` smallest documents of a tier, each once. Postings lists ascend, so a list is read
 * only while it can still give a document smaller than the largest kept: a prefix of one letter
 * stands for thousands of terms, and collecting each one's heads cost more than the search.
 */
function smallestInTier(
  index: TokenIndexData,
  tables: TermTables,
  tier: Tier,
  wanted: number,
): number[] {
  const { offsets, postings, vocabulary } = index;
  const kept: number[] = [];
  for (const part of tier.parts) {
    for (const termId of part.terms) {
      if ((vocabulary[termId] === part.word) !== part.isExact) continue;
      const end = offsets[termId + 1] ?? 0;
      for (let at = offsets[termId] ?? 0; at < end; at++) {
        const documentId = postings[at] ?? 0;
        if (kept.length === wanted && documentId >= (kept[wanted - 1] ?? 0)) break;
        if (holdsOnly(index, tables, documentId, part)) keepSmallest(kept, documentId, wanted);
      }
    }
  }
  return kept;
}

/** Adds a document to an ascending list of at most `wanted`, once, dropping the largest. */
function keepSmallest(kept: number[], documentId: number, wanted: number): void {
  let at = kept.length;
  while (at > 0 && (kept[at - 1] ?? 0) > documentId) at--;
  if (kept[at - 1] === documentId) return;
  kept.splice(at, 0, documentId);
  if (kept.length > wanted) kept.pop();
}

/** What readHeld found: [0] the plan's words a document holds as spelled, [1] in any form. */
const held = new Uint32Array(2);

/** Reads a document's words into `held` (bit i: word i of the plan); no allocation. */
function readHeld(index: TokenIndexData, tables: TermTables, documentId: number): void {
  const { wordStarts, words } = index;
  const { exact, near } = tables;
  let exactHeld = 0;
  let anyHeld = 0;
  const stop = wordStarts[documentId + 1] ?? 0;
  for (let place = wordStarts[documentId] ?? 0; place < stop; place++) {
    const term = words[place] ?? NO_TERM;
    if (term === NO_TERM) continue;
    exactHeld |= exact[term] ?? 0;
    anyHeld |= (exact[term] ?? 0) | (near[term] ?? 0);
  }
  held[0] = exactHeld;
  held[1] = anyHeld;
}

/** Whether the document holds word `position` and no other, as spelled or not as the part says. */
function holdsOnly(
  index: TokenIndexData,
  tables: TermTables,
  documentId: number,
  part: TierPart,
): boolean {
  const bit = 1 << part.position;
  readHeld(index, tables, documentId);
  return held[1] === bit && (((held[0] ?? 0) & bit) !== 0) === part.isExact;
}

/** 1 + the place among the driver's terms of the first one the document holds (0: none). */
function firstDriverRank(index: TokenIndexData, tables: TermTables, documentId: number): number {
  const { wordStarts, words } = index;
  let first = 0;
  const stop = wordStarts[documentId + 1] ?? 0;
  for (let place = wordStarts[documentId] ?? 0; place < stop; place++) {
    const rank = tables.driverRank[words[place] ?? NO_TERM] ?? 0;
    if (rank > 0 && (first === 0 || rank < first)) first = rank;
  }
  return first;
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
  const { offsets, postings } = index;
  const all = (1 << plan.length) - 1;
  const ids: number[] = [];
  const weights: number[] = [];
  // Plain loops: a closure here made each weight a boxed number (about 130 KB a keystroke).
  for (let rank = 0; rank < driver.terms.length; rank++) {
    const termId = driver.terms[rank] ?? 0;
    const end = offsets[termId + 1] ?? 0;
    for (let at = offsets[termId] ?? 0; at < end; at++) {
      const documentId = postings[at] ?? 0;
      readHeld(index, tables, documentId);
      if (held[1] !== all || firstDriverRank(index, tables, documentId) !== rank + 1) continue;
      const exactHeld = held[0] ?? 0;
      let weight = 0;
      for (let position = 0; position < plan.length; position++) {
        const word = plan[position];
        if (word !== undefined) {
          weight += (exactHeld >>> position) & 1 ? word.weight : word.nearWeight;
        }
      }
      ids.push(documentId);
      weights.push(weight);
    }
  }
  return { ids, weights };
}
