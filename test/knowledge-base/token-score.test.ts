/**
 * rankByTokenScore must rank exactly as Fuse.js does with the knowledge base's options: the same
 * documents, in the same order, with the same scores, down to the last bit. Cases come from a
 * seeded generator over real article paragraphs: words as written, with one or two typos, stop
 * words, digits, words longer than bitap's 32 characters, accented words, and blank documents.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import { rankWithFuse } from "../../src/knowledge-base/candidate-search.ts";
import {
  ARTICLE_OPTIONS,
  NAME_OPTIONS,
  PASSAGE_OPTIONS,
  QUOTE_OPTIONS,
} from "../../src/knowledge-base/fuse-options.ts";
import {
  isTokenScoreOptions,
  keysOf,
  rankByTokenScore,
} from "../../src/knowledge-base/token-score.ts";
import { createRandom } from "../../scripts/bench-random.ts";

const FIXTURES = path.join(import.meta.dirname, "../fixtures");
const PARAGRAPHS = readdirSync(FIXTURES, { recursive: true, encoding: "utf8" })
  .filter((name) => name.endsWith(".txt"))
  .flatMap((name) => readFileSync(path.join(FIXTURES, name), "utf8").split(/\n\s*\n/u))
  .map((paragraph) => paragraph.trim())
  .filter((paragraph) => paragraph.length > 0);

/** The same cases on every run. */
const random = createRandom;

const EXTRA_WORDS = [
  "the",
  "of",
  "2024",
  "Müller",
  "İstanbul",
  "naïve",
  "x",
  "!!!",
  "a".repeat(40),
];
const EXTRA_DOCUMENTS = ["", "   ", "the", "Müller said naïve things in İstanbul.", "a".repeat(45)];

function typo(word: string, next: () => number): string {
  if (word.length < 2) return word;
  const at = Math.floor(next() * (word.length - 1));
  const kind = Math.floor(next() * 4);
  const letter = "etaoinshr"[Math.floor(next() * 9)] ?? "e";
  if (kind === 0) return word.slice(0, at) + letter + word.slice(at + 1);
  if (kind === 1) return word.slice(0, at) + word.slice(at + 1);
  if (kind === 2) return word.slice(0, at) + letter + word.slice(at);
  return word.slice(0, at) + (word[at + 1] ?? "") + (word[at] ?? "") + word.slice(at + 2);
}

function makeCase(next: () => number): { documents: string[]; query: string } {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const documents = Array.from({ length: 1 + Math.floor(next() * 30) }, () =>
    next() < 0.05 ? pick(EXTRA_DOCUMENTS) : pick(PARAGRAPHS),
  );
  const source = pick(documents).split(/\s+/u).filter(Boolean);
  const words = Array.from({ length: 1 + Math.floor(next() * 4) }, () => {
    const word = next() < 0.15 ? pick(EXTRA_WORDS) : (pick(source) ?? "word");
    const typos = next() < 0.4 ? 1 : next() < 0.3 ? 2 : 0;
    let typed = word;
    for (let count = 0; count < typos; count++) typed = typo(typed, next);
    return typed;
  });
  return { documents, query: words.join(" ") };
}

const CASES = 600;

describe("rankByTokenScore ranks as Fuse.js does", () => {
  it(`on ${CASES} generated passage searches`, () => {
    const next = random(20260512);
    const keys = keysOf(PASSAGE_OPTIONS);
    let scored = 0;
    for (let count = 0; count < CASES; count++) {
      const { documents, query } = makeCase(next);
      const passages = documents.map((text, n) => ({ articleId: "a", passage: `p${n}`, n, text }));
      const limit = next() < 0.5 ? undefined : 1 + Math.floor(next() * 10);
      const fuse = new Fuse(passages, PASSAGE_OPTIONS).search(query, limit ? { limit } : undefined);
      const ours = rankByTokenScore(passages, keys, 0.4, query, limit);
      expect(
        ours.map((hit) => [hit.refIndex, hit.score]),
        query,
      ).toEqual(fuse.map((hit) => [hit.refIndex, hit.score]));
      scored += ours.length;
    }
    // The cases do rank something: most searches find passages.
    expect(scored).toBeGreaterThan(CASES * 3);
  });

  it(`on ${CASES} generated quote searches, with two weighted keys`, () => {
    const next = random(7);
    const speakers = ["Jane Doe", "", "Dr Müller", "the council"];
    for (let count = 0; count < CASES; count++) {
      const { documents, query } = makeCase(next);
      const quotes = documents.map((text, n) => ({
        articleId: "a",
        text,
        speaker: speakers[n % speakers.length] ?? "",
        quote: null,
      }));
      const fuse = new Fuse(quotes, QUOTE_OPTIONS as never).search(query);
      // Through the knowledge base's own entry point, which picks token scoring for these options.
      const ours = rankWithFuse(quotes, QUOTE_OPTIONS as never, query);
      expect(
        ours.map((hit) => [hit.refIndex, hit.score]),
        query,
      ).toEqual(fuse.map((hit) => [hit.refIndex, hit.score]));
    }
  });

  it("answers a blank query with every document, as Fuse does", () => {
    const passages = [{ text: "one" }, { text: "two" }];
    const keys = keysOf<{ text: string }>({ keys: ["text"] });
    expect(rankByTokenScore(passages, keys, 0.4, "  ").map((hit) => hit.refIndex)).toEqual([0, 1]);
    expect(rankByTokenScore(passages, keys, 0.4, "?!")).toEqual([]);
  });
});

describe("isTokenScoreOptions", () => {
  it("takes the token-search options and leaves the others to Fuse.js", () => {
    expect(isTokenScoreOptions(PASSAGE_OPTIONS)).toBe(true);
    expect(isTokenScoreOptions(QUOTE_OPTIONS)).toBe(true);
    expect(isTokenScoreOptions(NAME_OPTIONS)).toBe(false);
    expect(isTokenScoreOptions(ARTICLE_OPTIONS)).toBe(false);
    expect(isTokenScoreOptions({ ...PASSAGE_OPTIONS, includeMatches: true })).toBe(false);
    expect(isTokenScoreOptions({ ...PASSAGE_OPTIONS, keys: ["article.text"] })).toBe(false);
    expect(isTokenScoreOptions({ ...PASSAGE_OPTIONS, tokenMatch: "all" })).toBe(false);
  });
});
