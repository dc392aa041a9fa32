import { describe, expect, it } from "vitest";
import { speakersOf } from "./quotes-of.ts";

describe("a sentence opened by “According to X,” is about X, so the next “she said” is X's", () => {
  it("gives the quote after “According to Dr. X, …” to X, not to the woman before", () => {
    const { rows, trace } = speakersOf([
      'Halina Berglund, who runs a florist, said the plan was unfair. "We were never asked," she said.',
      'According to Dr. Amara Quist, a planner at the county, the figures are mixed. "Some towns gained and some lost," she said.',
    ]);
    expect(rows, trace).toEqual([
      ["p1", "We were never asked", "Halina Berglund"],
      ["p2", "Some towns gained and so", "Amara Quist"],
    ]);
  });

  it("keeps the sentence's own subject when one follows the source (must not fire)", () => {
    const { rows, trace } = speakersOf([
      "Halina Berglund, who runs a florist, said the plan was unfair.",
      'According to Dr. Amara Quist, Halina Berglund closed the shop last year. "I had no choice," she said.',
    ]);
    expect(rows, trace).toEqual([["p2", "I had no choice", "Halina Berglund"]]);
  });

  it("does not read a source in mid-sentence as the subject (must not fire)", () => {
    const { rows, trace } = speakersOf([
      "Halina Berglund, who runs a florist, said the plan was unfair.",
      'The figures are mixed, according to Dr. Amara Quist. "It is not my job to rescue it," she said.',
    ]);
    expect(rows, trace).toEqual([["p2", "It is not my job to resc", "Halina Berglund"]]);
  });
});
