import { describe, expect, it } from "vitest";
import { extractActors } from "../../../src/extract/actors/extract-actors.ts";
import { createExtractContext } from "../../../src/extract/context.ts";
import { buildFixtureArticle } from "../fixture-article.ts";

function peopleIn(text: string): readonly string[] {
  const actors = extractActors(createExtractContext(buildFixtureArticle(text)));
  return actors.filter((actor) => actor.kind === "person").map((actor) => actor.name);
}

function organizationsIn(text: string): readonly string[] {
  const actors = extractActors(createExtractContext(buildFixtureArticle(text)));
  return actors.filter((actor) => actor.kind === "organization").map((actor) => actor.name);
}

describe("people named in apposition to a relation noun", () => {
  it.each([
    [
      "She is survived by her son, Anselm Krzyżanowski, and three grandchildren.",
      "Anselm Krzyżanowski",
    ],
    ["My neighbour, Odhran Vasquez-Lee, and I walked the route twice.", "Odhran Vasquez-Lee"],
    ["The farm passed to his widow, Thandiwe Okoro-Marsh.", "Thandiwe Okoro-Marsh"],
  ])("finds the person in “%s”", (text, name) => {
    expect(peopleIn(text)).toEqual([name]);
  });

  it.each([
    "Her father's company, Lindqvist Haulage, went bankrupt in the spring.",
    "The ship sailed from her home port, Port Elspeth, in May.",
  ])("finds no person in “%s”", (text) => {
    expect(peopleIn(text)).toEqual([]);
  });
});

describe("names after a group noun are no people", () => {
  it.each([
    "The campaign group Riverside Voices, whose chair resigned, opposed the plan.",
    "The winners will play in last year's Coastal Plate.",
    "The charity Open Hearth said it would appeal.",
  ])("finds no person in “%s”", (text) => {
    expect(peopleIn(text)).toEqual([]);
  });

  it("still finds a person whose role comes before the name", () => {
    expect(peopleIn("The group's founder, Ilsa Brandauer-Kim, said it would appeal.")).toEqual([
      "Ilsa Brandauer-Kim",
    ]);
  });
});

describe("finance names are organisations", () => {
  it("reads 'X of Y Securities' as a person working at an organisation", () => {
    const text =
      "Anjali Raghunathan of Brockwell Securities was more cautious. Brockwell Securities said demand was weak.";
    expect(peopleIn(text)).toEqual(["Anjali Raghunathan"]);
    expect(organizationsIn(text)).toContain("Brockwell Securities");
  });

  it("does not take a drug maker for a person", () => {
    expect(
      peopleIn("Ostrander Pharma said in a statement that it had recalled the batch."),
    ).toEqual([]);
  });
});
