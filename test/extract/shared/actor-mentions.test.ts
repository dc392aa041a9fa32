import { describe, expect, it } from "vitest";
import { findActorsIn } from "../../../src/extract/shared/actor-mentions.ts";
import type { Actor } from "../../../src/model/analysis.ts";

function actor(name: string, aliases: string[], kind: Actor["kind"] = "person"): Actor {
  const id = name.toLowerCase().replace(/\W+/g, "-");
  return { id, name, kind, aliases, role: null, organization: null, passages: [] };
}

const ACTORS = [
  actor("Joe Biden", ["President Joe Biden", "President Biden", "Biden"]),
  actor("Biden administration", ["The Biden administration"], "organization"),
  actor("Matt Miller", ["Mr. Miller", "Miller"]),
  actor("Xi Jinping", ["Mr. Xi", "Xi"]),
  actor("Institute of Forensic Science", ["IFS"], "organization"),
];

const CASES: ReadonlyArray<{ text: string; expected: string[] }> = [
  {
    text: "On Wednesday, President Joe Biden met Xi Jinping.",
    expected: ["Joe Biden", "Xi Jinping"],
  },
  {
    text: "Mr. Xi and President Biden met; Mr. Miller said so.",
    expected: ["Xi Jinping", "Joe Biden", "Matt Miller"],
  },
  {
    text: "The Biden administration on Thursday removed the IFS.",
    expected: ["Biden administration", "Institute of Forensic Science"],
  },
  {
    text: "Mr. Miller said the Biden administration acted, and Biden agreed.",
    expected: ["Matt Miller", "Biden administration", "Joe Biden"],
  },
];

const NEGATIVES: ReadonlyArray<{ text: string; reason: string }> = [
  { text: "Millerton is a town; the Xiamen port is busy.", reason: "part of a longer word" },
  { text: "the ifs and buts of the deal", reason: "wrong case" },
  { text: "Bidenomics was discussed.", reason: "prefix of a word" },
];

describe("findActorsIn", () => {
  it.each(CASES)("finds $expected in “$text”", ({ text, expected }) => {
    expect(findActorsIn(text, ACTORS)).toEqual(expected);
  });

  it.each(NEGATIVES)("finds no one when the name is $reason", ({ text }) => {
    expect(findActorsIn(text, ACTORS)).toEqual([]);
  });

  it("lists each actor once", () => {
    expect(findActorsIn("Miller, Mr. Miller and Matt Miller", ACTORS)).toEqual(["Matt Miller"]);
  });
});
