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
  readonly parts: readonly {
    readonly position: number;
    readonly isExact: boolean;
    readonly terms: readonly number[];
  }[];
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
  const addTier = (
    weight: number,
    part: { readonly position: number; readonly isExact: boolean; readonly terms: number[] },
  ): void => {
    if (part.terms.length === 0) return;
    const same = tiers.findIndex((tier) => tier.weight === weight);
    const earlier = tiers[same];
    if (earlier === undefined) tiers.push({ weight, parts: [part] });
    else tiers[same] = { weight, parts: [...earlier.parts, part] };
  };
  plan.forEach((word, position) => {
    const isExact = (termId: number): boolean => index.vocabulary[termId] === word.word;
    addTier(word.weight, { position, isExact: true, terms: word.terms.filter(isExact) });
    addTier(word.nearWeight, {
      position,
      isExact: false,
      terms: word.terms.filter((termId) => !isExact(termId)),
    });
  });
  tiers.sort((a, b) => b.weight - a.weight);
  const chosen: number[] = [];
  for (const tier of tiers) {
    const wanted = room - chosen.length;
    if (wanted <= 0) break;
    // A list's first `wanted` members of the tier are all it can give: the tier's best are the
    // smallest documents, and ones before them in a list are in the tier too.
    const heads: number[] = [];
    for (const { position, isExact, terms } of tier.parts) {
      for (const termId of terms) {
        collectTierHeads(index, tables, { termId, position, isExactTier: isExact, wanted }, heads);
      }
    }
    let previous = -1;
    for (const documentId of Uint32Array.from(heads).sort()) {
      if (chosen.length === room) break;
      if (documentId !== previous) chosen.push(documentId);
      previous = documentId;
    }
  }
  return chosen;
}

/**
 * Up to `wanted` documents of a term's list in its tier: holding only word `position`, as spelled
 * for an exact tier, only through look-alikes for a near one.
 */
function collectTierHeads(
  index: TokenIndexData,
  tables: TermTables,
  list: {
    readonly termId: number;
    readonly position: number;
    readonly isExactTier: boolean;
    readonly wanted: number;
  },
  heads: number[],
): void {
  const { offsets, postings, wordStarts, words } = index;
  const { exact, near } = tables;
  const bit = 1 << list.position;
  const end = offsets[list.termId + 1] ?? 0;
  let taken = 0;
  for (let at = offsets[list.termId] ?? 0; at < end && taken < list.wanted; at++) {
    const documentId = postings[at] ?? 0;
    let exactHeld = 0;
    let held = 0;
    const stop = wordStarts[documentId + 1] ?? 0;
    for (let place = wordStarts[documentId] ?? 0; place < stop; place++) {
      const term = words[place] ?? NO_TERM;
      if (term === NO_TERM) continue;
      exactHeld |= exact[term] ?? 0;
      held |= (exact[term] ?? 0) | (near[term] ?? 0);
    }
    if (held !== bit || ((exactHeld & bit) !== 0) !== list.isExactTier) continue;
    heads.push(documentId);
    taken++;
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
