import { describe, expect, it } from "vitest";
import { positions } from "./stance-positions.ts";
import { scoreText } from "../../../src/extract/stances/score-text.ts";

const LEAD = "The regional assembly voted on Tuesday to ban cars from the old town centre.";

describe("drafting a measure, backing it, and promising to undo it", () => {
  it("reads the drafter and a backer as supporters and a promise to repeal as opposition", () => {
    expect(
      positions([
        LEAD,
        "Assembly member Ilona Varga-Mensah, who drafted the ban, said traders had been consulted.",
        "Assembly member Cormac Ní Dhuibhir backed the ban after a late amendment.",
        "Opposition leader Teodor Lindahl said his party would repeal the ban.",
      ]),
    ).toEqual([
      ["Ilona Varga-Mensah", "supports"],
      ["Cormac Ní Dhuibhir", "supports"],
      ["Teodor Lindahl", "opposes"],
    ]);
  });

  it("takes no side from the same verbs used for something else", () => {
    expect(
      positions([
        LEAD,
        "Assembly member Ilona Varga-Mensah drafted a letter to the ferry company about timetables.",
        "Opposition leader Teodor Lindahl said his party would scrap its own logo.",
      ]),
    ).toEqual([]);
  });
});

describe("words of doubt that take no side", () => {
  it("reads 'in doubt' as uncertainty, and doubts about a plan as opposition", () => {
    expect(scoreText("whose vote was in doubt until the last hour").cues).toEqual([]);
    expect(scoreText("she has doubts about the ban").oppose).toBe(1);
    expect(scoreText("the outcome was never in serious doubt").cues).toEqual([]);
  });
});
