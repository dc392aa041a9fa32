/**
 * rankByPlainScore must rank exactly as Fuse.js does with the name and title options: the same
 * documents, in the same order, with the same scores, down to the last bit. Cases come from a
 * seeded generator: names of one to four words (accents, hyphens, initials, blank ones), typed
 * as prefixes, whole, with typos, in other case, and past bitap's 32 characters.
 */
import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import { isPlainScoreOptions, rankByPlainScore } from "../../src/knowledge-base/plain-score.ts";
import { rankWithFuse } from "../../src/knowledge-base/candidate-search.ts";
import {
  ARTICLE_OPTIONS,
  NAME_OPTIONS,
  PASSAGE_OPTIONS,
  QUOTE_OPTIONS,
} from "../../src/knowledge-base/fuse-options.ts";
import { keysOf } from "../../src/knowledge-base/token-score.ts";
import { createRandom } from "../../scripts/bench-random.ts";

/** The same cases on every run. */
const random = createRandom;

const WORDS = [
  "Zofia",
  "Zofía",
  "Mazur",
  "Umar",
  "Oyelaran",
  "Ximena",
  "Iglesias",
  "Liam",
  "Quinn",
  "Jean-Luc",
  "O'Neill",
  "Müller",
  "İlhan",
  "J.",
  "Dr",
  "Hall",
  "Halls",
  "Hale",
  "Takahashi",
  "Bergström",
];
const ODD_NAMES = ["", "   ", "x", "A".repeat(40), "Ana\tMaria"];

function typo(word: string, next: () => number): string {
  if (word.length < 2) return word;
  const at = Math.floor(next() * (word.length - 1));
  const kind = Math.floor(next() * 3);
  const letter = "aeiouxz"[Math.floor(next() * 7)] ?? "e";
  if (kind === 0) return word.slice(0, at) + letter + word.slice(at + 1);
  if (kind === 1) return word.slice(0, at) + word.slice(at + 1);
  return word.slice(0, at) + (word[at + 1] ?? "") + (word[at] ?? "") + word.slice(at + 2);
}

function makeCase(next: () => number): { names: string[]; query: string } {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const names = Array.from({ length: 1 + Math.floor(next() * 40) }, () =>
    next() < 0.05
      ? pick(ODD_NAMES)
      : Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(WORDS)).join(" "),
  );
  const source = pick(names);
  const kind = Math.floor(next() * 5);
  let query = source.slice(0, 1 + Math.floor(next() * Math.max(1, source.length)));
  if (kind === 1) query = typo(source, next);
  if (kind === 2) query = query.toUpperCase();
  if (kind === 3) query = `${source} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}`;
  if (kind === 4) query = `${pick(WORDS)} ${typo(pick(WORDS), next).slice(0, 3)}`;
  return { names, query: query.trim() === "" ? "Zo" : query };
}

const CASES = 1500;

describe("rankByPlainScore ranks as Fuse.js does", () => {
  it(`on ${CASES} generated name searches`, () => {
    const next = random(20261204);
    let scored = 0;
    for (let count = 0; count < CASES; count++) {
      const { names, query } = makeCase(next);
      const documents = names.map((name) => ({ articleId: "a", actor: null, name }));
      const limit = next() < 0.3 ? undefined : 1 + Math.floor(next() * 30);
      const fuse = new Fuse(documents, NAME_OPTIONS as never).search(
        query,
        limit === undefined ? undefined : { limit },
      );
      // Through the knowledge base's own entry point, which picks bitap scoring for these options.
      const ours = rankWithFuse(documents, NAME_OPTIONS as never, query, limit);
      expect(
        ours.map((hit) => [hit.refIndex, hit.score]),
        query,
      ).toEqual(fuse.map((hit) => [hit.refIndex, hit.score]));
      scored += ours.length;
    }
    expect(scored).toBeGreaterThan(CASES * 2);
  });

  it(`on ${CASES / 3} generated title searches, with two weighted keys`, () => {
    const next = random(99);
    for (let count = 0; count < CASES / 3; count++) {
      const { names, query } = makeCase(next);
      const articles = names.map((title, n) => ({ articleId: `article-${n}`, title }));
      const fuse = new Fuse(articles, ARTICLE_OPTIONS).search(query, { limit: 50 });
      const ours = rankWithFuse(articles, ARTICLE_OPTIONS, query, 50);
      expect(
        ours.map((hit) => [hit.refIndex, hit.score]),
        query,
      ).toEqual(fuse.map((hit) => [hit.refIndex, hit.score]));
    }
  });

  it("answers a blank query with every document, as Fuse does", () => {
    const keys = keysOf<{ name: string }>({ keys: ["name"] });
    const documents = [{ name: "Ann" }, { name: "Bo" }];
    expect(rankByPlainScore(documents, keys, 0.4, " ").map((hit) => hit.refIndex)).toEqual([0, 1]);
  });
});

describe("isPlainScoreOptions", () => {
  it("takes plain searches that ignore location and leaves the others to Fuse.js", () => {
    expect(isPlainScoreOptions(NAME_OPTIONS)).toBe(true);
    expect(isPlainScoreOptions(ARTICLE_OPTIONS)).toBe(true);
    expect(isPlainScoreOptions(PASSAGE_OPTIONS)).toBe(false);
    expect(isPlainScoreOptions(QUOTE_OPTIONS)).toBe(false);
    expect(isPlainScoreOptions({ ...NAME_OPTIONS, ignoreLocation: false })).toBe(false);
    expect(isPlainScoreOptions({ ...NAME_OPTIONS, includeMatches: true })).toBe(false);
    expect(isPlainScoreOptions({ ...NAME_OPTIONS, keys: ["actor.name"] })).toBe(false);
    expect(isPlainScoreOptions({ ...NAME_OPTIONS, location: 3 })).toBe(false);
  });
});
