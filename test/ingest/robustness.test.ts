import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ingestArticle } from "../../src/ingest/ingest-article.ts";
import { normalizeWhitespace } from "../../src/ingest/normalize-whitespace.ts";

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
// Generous for a shared 2-core machine; a quadratic pattern on these inputs takes minutes.
const TIME_LIMIT_MS = 3000;

function timeIngest(text: string): number {
  const started = performance.now();
  ingestArticle("big.txt", encode(text));
  return performance.now() - started;
}

describe("ingest stays fast on hostile text", () => {
  const megabyte = 1024 * 1024;
  it.each([
    ["a 1 MB single line of words", "word ".repeat(megabyte / 5)],
    ["a 1 MB line of spaces and no-break spaces", " \u00a0".repeat(megabyte / 4) + "x"],
    ["a 1 MB line of opening parentheses", "(".repeat(megabyte)],
    ["a line of parentheses ending in a credit", "a (".repeat(megabyte / 6) + "(X/Y)"],
    ["a byline that never ends", "By " + "Ana ".repeat(megabyte / 8)],
    ["a source line that never ends", "Title\n\nFrom " + "The ".repeat(megabyte / 8)],
    ["a date that never ends", "Wednesday, " + "April 13, 2011 ".repeat(megabyte / 32)],
    ["many short lines", "Sign up\nshare icon\nA\n\n".repeat(megabyte / 64)],
    ["a Markdown heading of hashes", "# " + "# ".repeat(megabyte / 4) + "x"],
    ["an image that never closes", "# T\n\n![" + "a".repeat(megabyte / 2)],
    ["front matter that never closes", "---\n" + "a: b\n".repeat(megabyte / 10)],
    [
      "hard-wrapped lines",
      "this line goes on and on without any stop at the end\nand continues\n".repeat(
        megabyte / 128,
      ),
    ],
  ])("reads %s quickly", (_name, text) => {
    expect(timeIngest(text)).toBeLessThan(TIME_LIMIT_MS);
  });
});

describe("ingest on any text", () => {
  const pieces = fc.constantFrom(
    "\n",
    "\n\n",
    " ",
    "\u00a0",
    "By Ana Ruiz",
    "May 1, 2020",
    "March 3, 2021World",
    "---",
    "# ",
    "“",
    "”",
    "‘",
    "’",
    "(",
    ")",
    "/",
    "Sign up",
    "icon",
    "From The Ledger",
    "The council met.",
    "a",
    "Z",
  );
  const texts = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join("")),
  );

  it("never throws, numbers passages in order and keeps their text verbatim", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const result = ingestArticle("any.txt", encode(text));
        if (!result.ok) {
          expect(result.error.message).toMatch(/^any\.txt: \S/);
          return;
        }
        const whole = normalizeWhitespace(text);
        result.value.passages.forEach((passage, index) => {
          expect(passage.id).toBe(`p${index + 1}`);
          expect(passage.n).toBe(index + 1);
          expect(passage.text).toBe(normalizeWhitespace(passage.text));
          expect(passage.text).not.toBe("");
          // Passages are cut from the text, never rewritten (Markdown markup aside).
          if (result.value.format === "text") expect(whole).toContain(passage.text);
        });
      }),
      { numRuns: 300, seed: 20231117 },
    );
  });
});
