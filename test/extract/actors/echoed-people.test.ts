import { describe, expect, it } from "vitest";
import { extractActors } from "../../../src/extract/actors/extract-actors.ts";
import { createExtractContext } from "../../../src/extract/context.ts";
import { buildFixtureArticle } from "../fixture-article.ts";
import { speakersOf } from "../quotes/quotes-of.ts";

const actorsOf = (paragraphs: readonly string[]) =>
  extractActors(createExtractContext(buildFixtureArticle(paragraphs.join("\n\n")))).map(
    (actor) => [actor.name, actor.kind] as const,
  );

describe("a full name whose surname later speaks alone is a person's", () => {
  it("finds the person introduced with no role and quoted by surname paragraphs later", () => {
    const paragraphs = [
      "Every morning at six, before the mist lifts, Halvard Okonkwo-Berg unhooks a wooden boat from its post.",
      "The lamp has burned since 1890.",
      '"Nobody else wants the job," Okonkwo-Berg says.',
    ];
    expect(actorsOf(paragraphs)).toContainEqual(["Halvard Okonkwo-Berg", "person"]);
    expect(speakersOf(paragraphs).rows).toEqual([
      ["p3", "Nobody else wants the jo", "Halvard Okonkwo-Berg"],
    ]);
  });

  it("keeps a one-word speaker with no full name elsewhere an organisation (must not fire)", () => {
    const found = actorsOf([
      "Shares in the company rose.",
      '"Sales were strong," Veltrona said in a statement.',
    ]);
    expect(found).toContainEqual(["Veltrona", "organization"]);
    expect(found.filter(([, kind]) => kind === "person")).toEqual([]);
  });

  it("makes no person of a name whose last word only recurs without speaking (must not fire)", () => {
    const found = actorsOf([
      "Listeners of Radio Kellmore heard the news first.",
      "Kellmore is a small town on the coast.",
    ]);
    expect(found.filter(([, kind]) => kind === "person")).toEqual([]);
  });
});
