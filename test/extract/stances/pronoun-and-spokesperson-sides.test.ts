import { describe, expect, it } from "vitest";
import { positions } from "./stance-positions.ts";

const LEAD = "The regional assembly voted on Tuesday to ban cars from the old town centre.";

describe("a sentence opened by “He” or “She” takes the side of the subject just before", () => {
  it("gives “He rejected the ban” to the man named in the sentence before", () => {
    expect(
      positions([
        LEAD,
        "Traders' leader Bohdan Kwiatek-Ferris addressed the crowd outside. He rejected the ban outright.",
      ]),
    ).toEqual([["Bohdan Kwiatek-Ferris", "opposes"]]);
  });

  it("gives it to nobody when the sentence before had no person as its subject (must not fire)", () => {
    expect(
      positions([
        LEAD,
        "Traders' leader Bohdan Kwiatek-Ferris addressed the crowd outside.",
        "The square was quiet by noon. He rejected the ban outright.",
      ]),
    ).toEqual([]);
  });
});

describe("an organisation takes the side of the officer who speaks for it", () => {
  it("puts the company where its chief executive stands", () => {
    expect(
      positions([
        LEAD,
        "Renata Okafor-Lindt, the chief executive of Oldtown Buses, criticised the ban.",
      ]),
    ).toEqual([
      ["Renata Okafor-Lindt", "opposes"],
      ["Oldtown Buses", "opposes"],
    ]);
  });

  it("does not speak for an employer through a researcher (must not fire)", () => {
    expect(
      positions([
        LEAD,
        "Renata Okafor-Lindt, a historian at the Eastmere Institute, criticised the ban.",
      ]),
    ).toEqual([["Renata Okafor-Lindt", "opposes"]]);
  });
});

describe("two subjects joined by “and” share the verb's side", () => {
  it("gives “X, who …, and Y, who …, rejected the ban” to both", () => {
    expect(
      positions([
        LEAD,
        "Councillor Hedda Marchetti-Vos, who represents the harbour, and Pavel Ostrander-Kim, who runs a café there, rejected the ban.",
      ]),
    ).toEqual([
      ["Hedda Marchetti-Vos", "opposes"],
      ["Pavel Ostrander-Kim", "opposes"],
    ]);
  });

  it("does not give the side to a name after the verb (must not fire)", () => {
    expect(
      positions([
        LEAD,
        "Councillor Hedda Marchetti-Vos rejected the ban and later met Pavel Ostrander-Kim, who runs a café.",
      ]),
    ).toEqual([["Hedda Marchetti-Vos", "opposes"]]);
  });
});

describe("an actor the article says takes no side is neutral", () => {
  it.each([
    "Mayor Ottilie Brennan-Sato said she would not take sides.",
    'The transport commissioner, Ottilie Brennan-Sato, said she had "no view yet" on the ban.',
    "Ottilie Brennan-Sato, who chairs the traders' forum, remained neutral.",
  ])("%s", (sentence) => {
    expect(positions([LEAD, sentence])).toEqual([["Ottilie Brennan-Sato", "neutral"]]);
  });

  it("gives no stance to someone who only speaks about something else (must not fire)", () => {
    expect(positions([LEAD, "Ottilie Brennan-Sato said the square looked busy."])).toEqual([]);
  });

  it("keeps a side when the sides named are someone else's (must not fire)", () => {
    expect(
      positions([
        LEAD,
        "Councillor Ottilie Brennan-Sato criticised the ban, though her party would not take sides.",
      ]),
    ).toEqual([["Ottilie Brennan-Sato", "opposes"]]);
  });
});

describe("whoever calls a strike or boycott organises it", () => {
  const STRIKE = "Bus services stopped on Monday as drivers began a two-day strike over pay.";

  it("reads the union that called the strike as backing it, past a cue about something else", () => {
    expect(
      positions([
        STRIKE,
        "The Union of Bus Workers called the strike after its members rejected a pay offer.",
      ]),
    ).toEqual([["Union of Bus Workers", "supports"]]);
  });

  it("reads “called the strike …” with a quoted word as a verdict, not as organising it (must not fire)", () => {
    expect(
      positions([
        STRIKE,
        'Transport chief Odile Fenwick-Ray called the strike "reckless and selfish".',
      ]),
    ).toEqual([["Odile Fenwick-Ray", "opposes"]]);
  });
});
