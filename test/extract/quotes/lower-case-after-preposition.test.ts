import { describe, expect, it } from "vitest";
import { speakersOf } from "./quotes-of.ts";

describe("words in lower case after a preposition are someone's, not a title", () => {
  it("gives “accused them of …” to the subject", () => {
    const { rows, trace } = speakersOf([
      'Campaigner Oksana Brightwater-Lee accused the ministers of "hiding behind a committee".',
    ]);
    expect(rows, trace).toEqual([["p1", "hiding behind a committe", "Oksana Brightwater-Lee"]]);
  });

  it("still reads a capitalised name after a preposition as a title (must not fire)", () => {
    const { rows, trace } = speakersOf([
      'Campaigner Oksana Brightwater-Lee said she had acted in "The Long Winter Road" for years.',
    ]);
    expect(rows, trace).toEqual([["p1", "The Long Winter Road", null]]);
  });
});
