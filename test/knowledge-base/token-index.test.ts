import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allowedEdits,
  editDistance,
  hasTooManyOtherLetters,
} from "../../src/knowledge-base/fuzzy-words.ts";
import {
  createCandidateScratch,
  findCandidates,
  selectNth,
} from "../../src/knowledge-base/rank-candidates.ts";
import { buildTokenIndex, countDocuments } from "../../src/knowledge-base/token-index.ts";
import {
  buildVocabularyTrie,
  createTermFinder,
  findTypoNeighbours,
  findWordTerms,
} from "../../src/knowledge-base/word-neighbours.ts";

const TEXTS = [
  "Beijing agreed to restrict the export of fentanyl precursors to Mexican cartels.",
  "The inspectors told us the deck could fail within two years.",
  "Precursor chemicals are shipped from China, officials said.",
  "The council voted to close the bridge; the deck is unsafe.",
  "Fentanyl overdoses doubled between 2019 and 2022.",
];
const index = buildTokenIndex(TEXTS);
const trie = buildVocabularyTrie(index.vocabulary);
const words = (termIds: readonly number[]): string[] =>
  termIds.map((id) => index.vocabulary[id] ?? "");

describe("buildTokenIndex", () => {
  it("keeps a sorted vocabulary of normalised words and ascending postings", () => {
    expect([...index.vocabulary]).toEqual([...index.vocabulary].sort());
    expect(index.vocabulary).toContain("fentanyl");
    expect(index.vocabulary).not.toContain("Fentanyl");
    const deck = index.vocabulary.indexOf("deck");
    expect([...index.postings.subarray(index.offsets[deck], index.offsets[deck + 1])]).toEqual([
      1, 3,
    ]);
    expect(countDocuments(index, index.vocabulary.indexOf("the"))).toBe(3);
  });
});

describe("findWordTerms", () => {
  it.each([
    ["fentanly", ["fentanyl"]],
    ["precursers", ["precursor", "precursors"]],
    ["inspecters", ["inspectors"]],
    ["precursor", ["precursor", "precursors"]],
    ["bejing", ["beijing"]],
    ["deck", ["deck"]],
  ])("finds %s as %j", (word, expected) => {
    expect(words(findWordTerms(trie, word, false))).toEqual(expected);
  });

  it.each([["xyzzy"], ["plugh"], ["dek"], ["tow"], ["fentanylxyz"]])(
    "finds nothing for %s (too far, or short words must be exact)",
    (word) => {
      expect(findWordTerms(trie, word, false)).toEqual([]);
    },
  );

  it("treats an unfinished word as a prefix when asked", () => {
    expect(words(findWordTerms(trie, "fen", true))).toEqual(["fentanyl"]);
    expect(findWordTerms(trie, "fen", false)).toEqual([]);
  });

  it("finds exactly the words within the allowed typos, as a full scan would", () => {
    const alphabet = fc.constantFrom(..."abcde");
    const word = fc.array(alphabet, { minLength: 1, maxLength: 9 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 60 }), word, (vocabulary, query) => {
        const sorted = [...vocabulary].sort();
        const limit = allowedEdits(query.length);
        const expected = sorted.flatMap((term, id) =>
          limit > 0 && editDistance(query, term, limit) <= limit ? [id] : [],
        );
        expect(findTypoNeighbours(buildVocabularyTrie(sorted), query)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe("findCandidates", () => {
  it("ranks passages holding more of the query's words first", () => {
    const found = findCandidates(
      index,
      createTermFinder(trie),
      { words: ["fentanly", "precursers"] },
      10,
    );
    expect(found[0]).toBe(0);
    expect(found).toEqual(expect.arrayContaining([2, 4]));
  });

  it("ranks the exact spelling above a near one among equal counts", () => {
    expect(findCandidates(index, createTermFinder(trie), { words: ["precursor"] }, 10)).toEqual([
      2, 0,
    ]);
  });

  it("finds nothing for a nonsense word", () => {
    expect(findCandidates(index, createTermFinder(trie), { words: ["xyzzy"] }, 10)).toEqual([]);
  });

  it("answers the same when one scratch is reused from query to query", () => {
    const scratch = createCandidateScratch(index.documentCount);
    const findTerms = createTermFinder(trie);
    const queries = [["fentanly", "precursers"], ["deck"], ["xyzzy"], ["fentanly", "precursers"]];
    const reused = queries.map((query) =>
      findCandidates(index, findTerms, { words: query }, 10, scratch),
    );
    const fresh = queries.map((query) => findCandidates(index, findTerms, { words: query }, 10));
    expect(reused).toEqual(fresh);
    expect([...scratch.counts].every((count) => count === 0)).toBe(true);
  });

  it("keeps to the limit", () => {
    expect(findCandidates(index, createTermFinder(trie), { words: ["the"] }, 2)).toHaveLength(2);
  });
});

describe("selectNth", () => {
  it("finds the value a sort would put at each place", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 60 }),
        fc.nat(),
        (numbers, at) => {
          const nth = at % numbers.length;
          const sorted = [...numbers].sort((a, b) => a - b);
          expect(selectNth(Float64Array.from(numbers), nth)).toBe(sorted[nth]);
        },
      ),
    );
  });
});

describe("hasTooManyOtherLetters", () => {
  it("never rules out a pair within the edit limit, and its counts stay clean", () => {
    const word = fc
      .array(fc.constantFrom(..."abcdeé"), { minLength: 0, maxLength: 10 })
      .map((chars) => chars.join(""));
    fc.assert(
      fc.property(word, word, fc.integer({ min: 1, max: 2 }), (a, b, limit) => {
        if (editDistance(a, b, limit) <= limit) {
          expect(hasTooManyOtherLetters(a, b, limit)).toBe(false);
        }
        expect(hasTooManyOtherLetters("abc", "abc", 0)).toBe(false);
      }),
    );
    expect(hasTooManyOtherLetters("sanctions", "sections", 1)).toBe(true);
    expect(hasTooManyOtherLetters("sanctoins", "sanctions", 1)).toBe(false);
  });
});
