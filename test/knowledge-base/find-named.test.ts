import { describe, expect, it } from "vitest";
import { buildLibraryKb } from "../support/fixture-kb.ts";

describe("findNamesWithWords", () => {
  const kb = buildLibraryKb();

  it.each([
    [["ortiz"], ["Dana Ortiz"]],
    [["dana", "ortiz"], ["Dana Ortiz"]],
    [["luis"], ["Luis Brandt"]],
  ])("finds the actors whose names hold %j", (words, actors) => {
    const found = kb.findNamesWithWords(words);
    expect([...new Set(found.map((doc) => doc.actor.name))]).toEqual(actors);
    for (const doc of found) expect(doc.name.toLowerCase()).toContain(words[0]);
  });

  it.each([[["ortix"]], [["dana", "brandt"]], [[]]])(
    "finds nothing for %j (exact words only, all of them)",
    (words) => {
      expect(kb.findNamesWithWords(words)).toEqual([]);
    },
  );
});
