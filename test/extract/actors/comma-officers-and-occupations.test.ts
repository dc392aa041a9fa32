import { describe, expect, it } from "vitest";
import { extractActors } from "../../../src/extract/actors/extract-actors.ts";
import { createExtractContext } from "../../../src/extract/context.ts";
import { buildFixtureArticle } from "../fixture-article.ts";

const actorsOf = (text: string) =>
  extractActors(createExtractContext(buildFixtureArticle(text))).map(
    (actor) => [actor.name, actor.kind] as const,
  );

describe("a name set off by commas after a role phrase, then a speech verb, is a person", () => {
  it.each([
    [
      "A spokeswoman for the water board, Ilona Vasquez, said the pipes were safe.",
      "Ilona Vasquez",
    ],
    [
      "A spokesman for the ministry, Tarik Osei, told reporters the road would reopen.",
      "Tarik Osei",
    ],
    ["The head of the inquiry, Moana Rewiti, said it would report in spring.", "Moana Rewiti"],
  ])("%s → %s", (text, name) => {
    expect(actorsOf(text)).toContainEqual([name, "person"]);
  });

  it.each([
    ["Its parent, Corvane Holdings, said the plan had failed."],
    ["In the old quarter, Santa Lucia, said to be the oldest, the shops were shut."],
    ["The director left early. In Lisbon, Ilona Vasquez, said a witness, was seen."],
  ])("makes nobody without a role noun in the same clause (must not fire): %s", (text) => {
    expect(actorsOf(text).filter(([, kind]) => kind === "person")).toEqual([]);
  });
});

describe("an appositive naming an ordinary occupation makes a person", () => {
  it.each([
    ["Keiko Marsh, a second-year law student, said the fees were too high.", "Keiko Marsh"],
    ["Doran Pike, a welder at the yard, said the shifts were long.", "Doran Pike"],
    ["Ayla Brenner, a retired pharmacist, said the shop would be missed.", "Ayla Brenner"],
  ])("%s → %s", (text, name) => {
    expect(actorsOf(text)).toContainEqual([name, "person"]);
  });

  it("does not read an occupation word as part of a name (must not fire)", () => {
    const names = actorsOf("Student numbers fell, the union said.").map(([name]) => name);
    expect(names).not.toContain("Student");
  });
});
