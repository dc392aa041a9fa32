import { describe, expect, it } from "vitest";
import { extractActors } from "../../../src/extract/actors/extract-actors.ts";
import { createExtractContext } from "../../../src/extract/context.ts";
import { findOrganizationIn } from "../../../src/extract/actors/role-organization.ts";
import { buildFixtureArticle } from "../fixture-article.ts";

const namesOf = (text: string) =>
  extractActors(createExtractContext(buildFixtureArticle(text))).map((actor) => actor.name);

describe("a plural possessive before an organisation word belongs to the name", () => {
  it.each([
    ["The Lakeland Farmers' Union said the price was unfair.", "Lakeland Farmers' Union"],
    ["The Tenants’ Association voted to strike.", "Tenants’ Association"],
    ["Leaders of the Dockers' Federation said no.", "Dockers' Federation"],
  ])("%s → %s", (text, name) => {
    expect(namesOf(text)).toContain(name);
  });

  it("names a nation, a forum and a regulator with their organisation word", () => {
    const names = namesOf(
      "The Kawera Nation said no. The Riverside Patients' Forum agreed. The Water Regulator said yes.",
    );
    expect(names).toEqual(
      expect.arrayContaining(["Kawera Nation", "Riverside Patients' Forum", "Water Regulator"]),
    );
  });

  it.each([
    ["The Farmers' market was busy on Saturday."],
    ["Ashby's board voted for it, and Ashby's Union rejected it."],
  ])(
    "does not join a possessive that is not plural or not before an organisation word (must not fire): %s",
    (text) => {
      expect(namesOf(text).some((name) => name.includes("'"))).toBe(false);
    },
  );
});

describe("a role names an organisation with a plural possessive in full", () => {
  it("reads “president of the Lakeland Farmers' Union” as the Lakeland Farmers' Union", () => {
    expect(findOrganizationIn("president of the Lakeland Farmers' Union")).toBe(
      "Lakeland Farmers' Union",
    );
  });

  it("stops at a singular possessive (must not fire)", () => {
    expect(findOrganizationIn("chair of Lakeland's Union")).not.toBe("Lakeland's Union");
  });
});
