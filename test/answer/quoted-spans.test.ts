import { describe, expect, it } from "vitest";
import { findQuotedSpans, isVerbatimIn } from "./quoted-spans.ts";

describe("findQuotedSpans", () => {
  it("finds curly, straight and single-quoted spans, and a quote left open", () => {
    expect(
      findQuotedSpans(
        'Ana says “a bad idea”; Tom said "fine" and called it ‘a bribe’ — “cut off here',
      ),
    ).toEqual(["a bad idea", "cut off here", "fine", "a bribe"]);
  });

  it("leaves the citation out of a quote left open", () => {
    expect(findQuotedSpans("• Cut “here and there [bridge ¶9]")).toEqual(["here and there"]);
    expect(findQuotedSpans("• Cut “here and there — Bridge closes ¶9")).toEqual(["here and there"]);
  });

  it("does not take apostrophes for quotation marks", () => {
    expect(findQuotedSpans("The council’s plan doesn’t work, the mayor’s aide said.")).toEqual([]);
  });
});

describe("isVerbatimIn", () => {
  const source = "“We won’t close the bridge,” she said. It was “a disaster for Main Street.”";

  it("accepts the article's words whatever quote marks and elisions they carry", () => {
    expect(isVerbatimIn("We won't close the bridge", source)).toBe(true);
    expect(isVerbatimIn("… close the bridge …", source)).toBe(true);
    expect(isVerbatimIn("a disaster for Main Street.", source)).toBe(true);
  });

  it("rejects words the article does not hold", () => {
    expect(isVerbatimIn("carries out the action: closed the bridge", source)).toBe(false);
    expect(isVerbatimIn("We will close the bridge", source)).toBe(false);
  });
});
