import { describe, expect, it } from "vitest";
import { ingestArticle } from "../../src/ingest/ingest-article.ts";
import {
  MAX_PASSAGE_CHARS,
  pieceSuffix,
  splitLongText,
} from "../../src/ingest/split-long-passages.ts";

const words = (text: string) => text.split(/\s+/).filter((word) => word !== "");

describe("splitLongText", () => {
  it("leaves an ordinary paragraph whole", () => {
    const paragraph = "The council met on Tuesday. It voted to close the bridge.";
    expect(splitLongText(paragraph)).toEqual([paragraph]);
  });

  it("cuts a long paragraph at sentence ends, losing and adding no word", () => {
    const sentence = "The council met again and said the budget would grow. ";
    const paragraph = sentence.repeat(200).trim();
    const pieces = splitLongText(paragraph, 500);
    expect(pieces.length).toBeGreaterThan(20);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(500);
      expect(piece).toMatch(/^The council .* grow\.$/);
    }
    expect(words(pieces.join(" "))).toEqual(words(paragraph));
  });

  it("falls back to a space, then to the limit, when no sentence ends in reach", () => {
    expect(splitLongText("word ".repeat(30).trim(), 20)).toEqual(
      Array.from({ length: 8 }, (_, i) => (i < 7 ? "word word word word" : "word word")),
    );
    expect(splitLongText("x".repeat(45), 20)).toEqual([
      "x".repeat(20),
      "x".repeat(20),
      "x".repeat(5),
    ]);
  });

  it("names pieces a…z, then aa, ab", () => {
    expect([0, 1, 25, 26, 27].map(pieceSuffix)).toEqual(["a", "b", "z", "aa", "ab"]);
  });
});

describe("ingest of a 2 MB single-paragraph article", () => {
  it("gives bounded pieces that all keep the paragraph's number", () => {
    const body = "The council met in May and on Monday it said the budget would grow. ".repeat(
      30_000,
    );
    const article = ingestArticle(
      "long.txt",
      new TextEncoder().encode(`Long One\nMarch 8, 2024\n\n${body}\n`),
    );
    if (!article.ok) throw new Error(article.error.reason);
    const pieces = article.value.passages.filter((passage) => passage.id.startsWith("p1"));
    expect(pieces.length).toBeGreaterThan(400);
    expect(pieces.every((passage) => passage.n === 1)).toBe(true);
    expect(pieces.every((passage) => passage.text.length <= MAX_PASSAGE_CHARS)).toBe(true);
    expect(pieces.slice(0, 3).map((passage) => passage.id)).toEqual(["p1a", "p1b", "p1c"]);
    expect(words(pieces.map((passage) => passage.text).join(" "))).toEqual(words(body));
  });
});
