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

describe("names outside the Given Surname shape", () => {
  const names = (text: string) => actorsOf(text).map((actor) => actor.name);

  it("keeps a family-name-first name whole: a short word ending in -an is no nationality", () => {
    expect(names("Laos's Doan Thi Huong said the river had risen.")).toContain("Doan Thi Huong");
  });

  it("still drops a real nationality before a name (must not fire)", () => {
    const found = names("Iranian Parisa Tehrani said the river had risen.");
    expect(found).toContain("Parisa Tehrani");
    expect(found).not.toContain("Iranian Parisa Tehrani");
  });

  it("keeps a three-word name after a country's possessive, even when its first word ends in -an", () => {
    expect(names("Jordan's Hassan Kareem Odeh signed the accord.")).toContain("Hassan Kareem Odeh");
  });

  it("reads the Welsh particle ap inside a name and in the surname alone", () => {
    const actors = extractActors(
      createExtractContext(
        buildFixtureArticle(
          'Its chair, Gethin ap Owain, spoke first. "We will stay," said ap Owain.',
        ),
      ),
    );
    const person = actors.find((actor) => actor.name === "Gethin ap Owain");
    expect(person?.kind).toBe("person");
    expect(person?.aliases).toContain("ap Owain");
  });

  it.each([
    ["Their counsel, Kwame Boateng-Ayew KC, told the court it was wrong.", "Kwame Boateng-Ayew"],
    ["Their counsel, Harriet Lomas QC, told the court it was wrong.", "Harriet Lomas"],
    ["Local MP Dylan Pryce MP said the plan was wrong.", "Dylan Pryce"],
  ])("drops a post-nominal: %s", (text, name) => {
    expect(names(text)).toContain(name);
  });
});
