import { describe, expect, it } from "vitest";
import { extractOfficeOrganizations } from "../../../src/extract/actors/extract-office-organizations.ts";
import { findOrganizationIn } from "../../../src/extract/actors/role-organization.ts";
import { extractActors } from "../../../src/extract/actors/extract-actors.ts";
import { createExtractContext } from "../../../src/extract/context.ts";
import { buildFixtureArticle } from "../fixture-article.ts";
import { runActorExtractor } from "./run-extractor.ts";

describe("office organisations: a body named after its holder, “Los Angeles Sheriff's office”", () => {
  const cases = [
    {
      text: "A detective for the Los Angeles Sheriff's office was given the files.",
      names: ["Los Angeles Sheriff's office"],
    },
    {
      text: "Steve Whitmore, a representative for the LA Sheriff's office, told reporters.",
      names: ["LA Sheriff's office"],
    },
    {
      text: "A statement from the Cook County Sheriff's Department followed.",
      names: ["Cook County Sheriff's Department"],
    },
    {
      text: "The Ohio Governor's Office denied it.",
      names: ["Ohio Governor's Office"],
    },
  ];
  it.each(cases)("finds $names", ({ text, names }) => {
    const found = runActorExtractor(extractOfficeOrganizations, text);
    expect(found.map((item) => item.name)).toEqual(names);
    expect(found.map((item) => text.slice(item.span[0], item.span[1]))).toEqual(names);
    expect(found.every((item) => item.kind === "organization" && item.passageId === "p1")).toBe(
      true,
    );
  });

  const negatives = [
    // No jurisdiction: "the Sheriff's office" names no particular office.
    "He called the Sheriff's office twice.",
    // A possessive that is not a holder's title.
    "NASA's office in Houston was closed.",
    // A title's possessive before something that is not an office.
    "During Prime Minister's Questions Wednesday, Sunak spoke.",
    "They plied the Sheriff's detective with a theory.",
    "On Monday the Mayor's office said nothing.",
  ];
  it.each(negatives)("finds no office in “%s”", (text) => {
    expect(runActorExtractor(extractOfficeOrganizations, text)).toEqual([]);
  });
});

describe("an office in a person's role", () => {
  it.each([
    ["representative for the LA Sheriff's office", "LA Sheriff's office"],
    ["spokesman for the Ohio Governor's Office", "Ohio Governor's Office"],
  ])("“%s” names %s", (role, organization) => {
    expect(findOrganizationIn(role)).toBe(organization);
  });
});

describe("a leading acronym and the words it spells name one organisation", () => {
  it("merges “LA Sheriff's office” into “Los Angeles Sheriff's office”", () => {
    const article = buildFixtureArticle(
      "A detective for the Los Angeles Sheriff's office was called.\n\nA spokesman for the LA Sheriff's office said it was theft.",
    );
    const organizations = extractActors(createExtractContext(article)).filter(
      (actor) => actor.kind === "organization",
    );
    expect(organizations.map((actor) => [actor.name, actor.aliases, actor.passages])).toEqual([
      ["Los Angeles Sheriff's office", ["LA Sheriff's office"], ["p1", "p2"]],
    ]);
  });

  it("keeps apart names whose initials do not spell the acronym", () => {
    const article = buildFixtureArticle(
      "The Los Angeles Sheriff's office said it was theft.\n\nThe NY Sheriff's office said nothing new.",
    );
    const names = extractActors(createExtractContext(article))
      .filter((actor) => actor.kind === "organization")
      .map((actor) => actor.name);
    expect(names).toEqual(["Los Angeles Sheriff's office", "NY Sheriff's office"]);
  });
});
