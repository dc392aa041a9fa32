import { describe, expect, it } from "vitest";
import { extractActors } from "../../../src/extract/actors/extract-actors.ts";
import { createExtractContext } from "../../../src/extract/context.ts";
import { buildFixtureArticle } from "../fixture-article.ts";

const peopleOf = (text: string) =>
  extractActors(createExtractContext(buildFixtureArticle(text)))
    .filter((actor) => actor.kind === "person")
    .map((actor) => actor.name);

describe("a court report's appositive after a name shows a person", () => {
  it.each([
    ["Tobias Wrenfield, of no fixed address, is due before magistrates.", "Tobias Wrenfield"],
    ["Tobias Wrenfield, 31, of no fixed abode, was remanded in custody.", "Tobias Wrenfield"],
    ["Anouk Brevard-Lisle, aged 19, was charged with theft.", "Anouk Brevard-Lisle"],
  ])("%s → %s", (text, name) => {
    expect(peopleOf(text)).toContain(name);
  });

  it("makes no person of a place followed by other words (must not fire)", () => {
    expect(peopleOf("Harrow Fields, of no use to farmers, is flooded again.")).toEqual([]);
  });
});
