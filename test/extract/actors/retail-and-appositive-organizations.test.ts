import { describe, expect, it } from "vitest";
import { extractActors } from "../../../src/extract/actors/extract-actors.ts";
import { createExtractContext } from "../../../src/extract/context.ts";
import { buildFixtureArticle } from "../fixture-article.ts";

const actorsOf = (text: string) =>
  extractActors(createExtractContext(buildFixtureArticle(text))).map(
    (actor) => [actor.name, actor.kind] as const,
  );

describe("shops and transport operators named with a trade word are organisations", () => {
  it.each([
    ["Kestwick Stores said it would close ten shops.", "Kestwick Stores"],
    ["Brightvale Markets agreed to the sale on Monday.", "Brightvale Markets"],
    ["Oldport Metro Trams announced a new timetable.", "Oldport Metro Trams"],
    ["Northline Railways cancelled every train.", "Northline Railways"],
  ])("%s → %s", (text, name) => {
    expect(actorsOf(text)).toContainEqual([name, "organization"]);
  });

  it("still reads a person with a plain surname (must not fire)", () => {
    expect(actorsOf("Anna Marketson said she would appeal.")).toContainEqual([
      "Anna Marketson",
      "person",
    ]);
  });
});

describe("an organisation named once is kept when its verb follows an appositive", () => {
  it("keeps “X Stores, the fourth-largest grocer, said …”", () => {
    expect(
      actorsOf("Kestwick Stores, the fourth-largest grocer, said it had filed a complaint."),
    ).toContainEqual(["Kestwick Stores", "organization"]);
  });

  it("drops an organisation named once with no verb of its own (must not fire)", () => {
    const found = actorsOf(
      "The list named Kestwick Stores, the fourth-largest grocer, and two banks.",
    );
    expect(found.map(([name]) => name)).not.toContain("Kestwick Stores");
  });
});
