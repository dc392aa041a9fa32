import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ELLIPSIS, truncateGraphemes, truncateText } from "../../src/render/truncate.ts";
import { hostileText } from "./arbitraries.ts";

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });
const isGraphemeBoundary = (text: string, index: number) =>
  index === 0 ||
  index === text.length ||
  [...graphemes.segment(text.slice(0, index + 16))].some((segment) => segment.index === index);

describe("truncateText", () => {
  it.each([
    ["fits unchanged", "short text", 20, "short text"],
    ["exact fit unchanged", "12345", 5, "12345"],
    ["cuts at the last word boundary", "the quick brown fox jumps", 16, "the quick brown…"],
    ["drops trailing space before the mark", "alpha beta gamma", 12, "alpha beta…"],
    ["cuts a word too long to keep whole", "a Donaudampfschifffahrt", 12, "a Donaudamp…"],
    ["never splits a surrogate pair", "😀😀😀😀", 4, "😀…"],
    ["keeps a family emoji whole", "ab👨‍👩‍👧‍👦cd", 9, "ab…"],
    ["keeps a flag whole", "🇺🇸🇫🇷", 5, "🇺🇸…"],
    ["drops a flag that does not fit whole", "🇺🇸🇫🇷", 4, "…"],
    ["never separates an accent from its letter", "cafe\u0301s", 5, "caf…"],
    ["cuts right-to-left text at a space", "مرحبا بالعالم الجميل", 15, "مرحبا بالعالم…"],
    ["only the mark when nothing fits", "abcdef", 1, "…"],
    ["nothing at zero", "abcdef", 0, ""],
  ])("%s", (_name, text, max, expected) => {
    expect(truncateText(text, max)).toBe(expected);
  });

  it("keeps within the limit, marks every cut and keeps a prefix on a grapheme boundary", () => {
    fc.assert(
      fc.property(hostileText(), fc.integer({ min: 1, max: 300 }), (text, max) => {
        const cut = truncateText(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        if (text.length <= max) {
          expect(cut).toBe(text);
          return;
        }
        expect(cut.endsWith(ELLIPSIS)).toBe(true);
        const kept = cut.slice(0, -ELLIPSIS.length);
        expect(text.startsWith(kept)).toBe(true);
        expect(isGraphemeBoundary(text, kept.length)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("handles a 10,000-character quote quickly and ends on a word", () => {
    const quote = "the sanctions will not stop the flow ".repeat(270);
    const cut = truncateText(quote, 1000);
    expect(cut.length).toBeLessThanOrEqual(1000);
    expect(cut).toMatch(/\b[a-z]+…$/);
    expect(quote.startsWith(cut.slice(0, -1))).toBe(true);
  });
});

describe("truncateGraphemes", () => {
  it.each([
    ["fits unchanged", "fentanyl-ifs", 100, "fentanyl-ifs"],
    ["cuts without a mark", "abcdef", 3, "abc"],
    ["never splits a surrogate pair", "a😀", 2, "a"],
  ])("%s", (_name, text, max, expected) => {
    expect(truncateGraphemes(text, max)).toBe(expected);
  });
});
