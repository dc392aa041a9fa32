import { describe, expect, it } from "vitest";
import { extractActors } from "../../../src/extract/actors/extract-actors.ts";
import { createExtractContext } from "../../../src/extract/context.ts";
import { buildFixtureArticle } from "../fixture-article.ts";

const actorsOf = (text: string) =>
  extractActors(createExtractContext(buildFixtureArticle(text))).map((actor) => ({
    name: actor.name,
    kind: actor.kind,
  }));

const kindOf = (text: string, name: string) =>
  actorsOf(text).find((actor) => actor.name === name)?.kind ?? null;

describe("a name that ends in a common noun of trade or sport is an organisation", () => {
  it.each([
    ["Brannock Foods said it would cut 200 jobs.", "Brannock Foods"],
    ["Westmere Water said it had fixed the main.", "Westmere Water"],
    ["Kellby Rovers lost 2-0 at home on Saturday.", "Kellby Rovers"],
    ["Ardlow Energy announced a new wind farm.", "Ardlow Energy"],
  ])("%s → %s is no person", (text, name) => {
    expect(kindOf(text, name)).not.toBe("person");
  });

  it("still reads a person whose surname is a plain name (must not fire)", () => {
    expect(kindOf("Marta Foodsworth said she would appeal.", "Marta Foodsworth")).toBe("person");
  });
});
