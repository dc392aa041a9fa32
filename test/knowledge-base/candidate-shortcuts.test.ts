/**
 * The shortcuts findCandidates takes (one word; several words over short documents) must give
 * exactly the tally's documents in the tally's order: compared here on generated name lists.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findSingleWordCandidates } from "../../src/knowledge-base/candidate-shortcuts.ts";
import { findShortDocumentCandidates } from "../../src/knowledge-base/short-document-candidates.ts";
import {
  findCandidates,
  planWords,
  tallyCandidates,
  type CandidateQuery,
} from "../../src/knowledge-base/rank-candidates.ts";
import { buildTokenIndex, type TokenIndexData } from "../../src/knowledge-base/token-index.ts";
import { buildVocabularyTrie, createTermFinder } from "../../src/knowledge-base/word-neighbours.ts";

const FIRST = ["ana", "anna", "anne", "bo", "bob", "carla", "carl", "dana", "dan", "eve"];
const LAST = ["ames", "amos", "bell", "bella", "cole", "colt", "dahl", "dale", "evans", "ewan"];

function answers(
  index: TokenIndexData,
  query: CandidateQuery,
  limit: number,
): { readonly found: number[]; readonly tallied: number[] } {
  const findTerms = createTermFinder(buildVocabularyTrie(index.vocabulary), index);
  return {
    found: findCandidates(index, findTerms, query, limit),
    tallied: tallyCandidates(index, planWords(index, findTerms, query), limit),
  };
}

/** Rare look-alikes: a query holding one reads only its documents (the short-document path). */
const RARE = ["zed", "zeda", "zedd", "zedda"];
const nameWord = fc.oneof(
  { arbitrary: fc.constantFrom(...FIRST, ...LAST), weight: 6 },
  { arbitrary: fc.constantFrom(...RARE), weight: 1 },
);
// Names of one to three words, so a name may hold two look-alikes of one query word.
const nameList = fc.array(
  fc.array(nameWord, { minLength: 1, maxLength: 3 }).map((words) => words.join(" ")),
  { minLength: 1, maxLength: 150 },
);
const typed = fc.constantFrom(...FIRST, ...LAST, ...RARE, "annx", "xyz");
const prefix = fc
  .constantFrom(...FIRST, ...LAST, ...RARE)
  .chain((word) => fc.integer({ min: 1, max: word.length }).map((n) => word.slice(0, n)));

describe("candidate shortcuts", () => {
  it("answer as the tally does, for one word, two words and a prefix", () => {
    fc.assert(
      fc.property(
        nameList,
        fc.array(typed, { maxLength: 3 }),
        fc.option(prefix, { nil: undefined }),
        fc.integer({ min: 1, max: 30 }),
        (names, words, last, limit) => {
          const index = buildTokenIndex(names);
          const query = {
            words: [...new Set(words)].filter((word) => word !== last),
            prefix: last,
          };
          const { found, tallied } = answers(index, query, limit);
          expect(found).toEqual(tallied);
        },
      ),
      { numRuns: 600 },
    );
  });

  it("puts a word's own documents before its look-alikes', whatever their order", () => {
    const index = buildTokenIndex(["anne cole", "annes cole", "ann bell", "anne dahl", "ana ames"]);
    const { found, tallied } = answers(index, { words: [], prefix: "anne" }, 3);
    expect(found).toEqual([0, 3, 1]);
    expect(found).toEqual(tallied);
  });

  it("fills a two-word query with one-word matches when few hold both, best weight first", () => {
    // "cole" is rarer than "anne", so its documents weigh more than anne's among partial matches.
    const names = ["anne bell", "anne dahl", "eve cole", "anne cole", "anne ames", "bo cole"];
    const index = buildTokenIndex(names);
    const { found, tallied } = answers(index, { words: ["anne", "cole"] }, 4);
    expect(found).toEqual(tallied);
    expect(found[0]).toBe(3);
  });
});

describe("when the shortcuts must not answer", () => {
  const findTermsOf = (index: TokenIndexData) =>
    createTermFinder(buildVocabularyTrie(index.vocabulary), index);

  it("leaves three words to the tally when fewer than the limit hold all of them", () => {
    const index = buildTokenIndex(["ana bell cole", "ana bell", "ana cole", "bell cole"]);
    const plan = planWords(index, findTermsOf(index), { words: ["ana", "bell", "cole"] });
    expect(findShortDocumentCandidates(index, plan, 3)).toBeUndefined();
  });

  it("leaves long documents to the tally, where reading each one costs more", () => {
    const long = (word: string) =>
      `${word} ${Array.from({ length: 60 }, () => "filler").join(" ")}`;
    const index = buildTokenIndex([long("ana cole"), long("ana"), long("cole"), long("bell")]);
    const plan = planWords(index, findTermsOf(index), { words: ["ana", "cole"] });
    expect(findShortDocumentCandidates(index, plan, 1)).toBeUndefined();
  });

  it("leaves a query with a word that matches nothing to the tally", () => {
    const index = buildTokenIndex(["ana cole", "ana bell"]);
    const plan = planWords(index, findTermsOf(index), { words: ["ana", "zzzz"] });
    expect(findShortDocumentCandidates(index, plan, 1)).toBeUndefined();
    expect(findCandidates(index, findTermsOf(index), { words: ["ana", "zzzz"] }, 5)).toEqual([
      0, 1,
    ]);
  });

  it("finds nothing for a word standing for no term", () => {
    const index = buildTokenIndex(["ana cole"]);
    expect(findSingleWordCandidates(index, [], "zzzz", 5)).toEqual([]);
  });
});
