import { describe, expect, it } from "vitest";
import { speakersOf } from "./quotes-of.ts";

describe("a pronoun before the only name of a sentence gives that name no gender", () => {
  it("keeps “he” for a man named in a clause between two “she”s of someone else", () => {
    const { rows, trace } = speakersOf([
      "Marta Okonjo, the mayor, spoke to reporters on Monday.",
      "Asked whether she would work with the Harbour Party, whose leader Piet Lindqvist wants a new port, she said nothing.",
      'Lindqvist was keen to talk. "The port needs us," he told the local radio station.',
    ]);
    expect(rows, trace).toEqual([["p3", "The port needs us", "Piet Lindqvist"]]);
  });

  it("keeps “she” off the man when the sentence opens with “His lawyer, …”", () => {
    const { rows, trace } = speakersOf([
      "Tomas Brandt was fined on Monday.",
      "His lawyer, Ines Moravec, said he would appeal.",
      '"The fine is far too high," she said.',
    ]);
    expect(rows, trace).toEqual([["p3", "The fine is far too high", "Ines Moravec"]]);
  });

  it("still learns a gender from a pronoun after the name (must not fire)", () => {
    const { rows, trace } = speakersOf([
      "Greta Halvorsen said she had voted against the plan, and Tomas Brandt agreed.",
      "Halvorsen repeated that she would fight on.",
      'Brandt and Halvorsen left the chamber together. "We lost tonight, not for ever," she said.',
    ]);
    expect(rows, trace).toEqual([["p3", "We lost tonight, not for", "Greta Halvorsen"]]);
  });
});
