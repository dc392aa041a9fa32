import { describe, expect, it } from "vitest";
import { scoreText } from "../../../src/extract/stances/score-text.ts";
import { speakersOf } from "./quotes-of.ts";

describe("an unnamed spokesperson's fragment is the organisation's", () => {
  it("gives “A spokesman for the Ministry said … was …” to the ministry", () => {
    const { rows, trace } = speakersOf([
      'A spokesman for the Vellmark Interior Ministry said the report was "a work of fiction from start to finish".',
    ]);
    expect(rows, trace).toEqual([["p1", "a work of fiction from s", "Vellmark Interior Ministry"]]);
  });

  it("gives it to a named spokeswoman when her name is known (must not fire)", () => {
    const { rows, trace } = speakersOf([
      'A spokeswoman for the Vellmark Interior Ministry, Dr. Ilse Brandauer, said the report was "a work of fiction from start to finish".',
    ]);
    expect(rows, trace).toEqual([["p1", "a work of fiction from s", "Ilse Brandauer"]]);
  });

  it("gives the fragment to the person whose appositive names the organisation (must not fire)", () => {
    const { rows, trace } = speakersOf([
      'Marek Ostrowski-Hale, a spokesman for the Vellmark Interior Ministry, called the report "a work of fiction from start to finish".',
    ]);
    expect(rows, trace).toEqual([["p1", "a work of fiction from s", "Marek Ostrowski-Hale"]]);
  });

  it("does not make a speaker of an organisation after “for” with no spokesperson (must not fire)", () => {
    const { rows, trace } = speakersOf([
      'Protesters for the Vellmark Interior Ministry said the report was "a work of fiction from start to finish".',
    ]);
    expect(rows[0]?.[2], trace).not.toBe("Vellmark Interior Ministry");
  });
});

describe("an organisation word with a complement keeps the whole name", () => {
  it("reads “Group of Energy Exporters” whole, though “Energy” is an organisation word too", () => {
    const { rows, trace } = speakersOf([
      'The Group of Energy Exporters, which speaks for nine countries, said the tax was "theft dressed up as policy".',
    ]);
    expect(rows, trace).toEqual([["p1", "theft dressed up as poli", "Group of Energy Exporters"]]);
  });
});

describe("vetoes, refusals and ruling out are opposition", () => {
  it.each([
    "said the government would veto any such mission",
    "the two parties ruled out sitting in a cabinet with him",
    "the exporters refused to accept the levy",
    "called the request a stunt",
  ])("“%s” opposes", (text) => {
    expect(scoreText(text).oppose).toBeGreaterThan(0);
    expect(scoreText(text).support).toBe(0);
  });

  it("takes no side from the same words used of other things (must not fire)", () => {
    expect(scoreText("the doctors ruled the injury minor and signed the form")).toEqual({
      support: 0,
      oppose: 0,
      cues: [],
    });
  });
});
