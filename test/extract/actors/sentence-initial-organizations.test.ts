import { describe, expect, it } from "vitest";
import { extractActors } from "../../../src/extract/actors/extract-actors.ts";
import { createExtractContext } from "../../../src/extract/context.ts";
import { buildFixtureArticle } from "../fixture-article.ts";

const actorsOf = (paragraphs: readonly string[]) =>
  extractActors(createExtractContext(buildFixtureArticle(paragraphs.join("\n\n")))).map(
    (actor) => [actor.name, actor.kind] as const,
  );

describe("a one-word speaker that opens a sentence", () => {
  it("is an organisation when another paragraph writes the word capitalised mid-sentence", () => {
    expect(
      actorsOf([
        "Shares in Quillon rose after the launch of the new Quillon Pad.",
        "Quillon said in a statement that the tablets were safe.",
      ]),
    ).toContainEqual(["Quillon", "organization"]);
  });

  it("is nobody when the word is only capitalised for opening sentences (must not fire)", () => {
    expect(
      actorsOf([
        "The council approved the plan on Monday.",
        "Critics said the plan came too late. Residents said little.",
      ]),
    ).toEqual([]);
  });
});
