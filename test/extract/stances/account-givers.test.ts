import { describe, expect, it } from "vitest";
import { isAccountGiver } from "../../../src/extract/stances/account-givers.ts";
import type { Actor } from "../../../src/model/analysis.ts";

const actor = (name: string, kind: Actor["kind"], role: string | null): Actor => ({
  id: name.toLowerCase().replace(/\W+/gu, "-"),
  name,
  kind,
  aliases: [],
  role,
  organization: null,
  passages: ["p1"],
});

describe("isAccountGiver", () => {
  it.each([
    actor("Dana Ruiz", "person", "ministry spokesperson"),
    actor("Tom Brecht", "person", "a representative for the county police"),
    actor("Ines Faro", "person", "fire brigade director"),
    actor("Harbor Safety Bureau", "organization", null),
    actor("Department of Roads", "organization", null),
  ])("counts $name as giving an account", (item) => {
    expect(isAccountGiver(item)).toBe(true);
  });

  it.each([
    actor("Ken Abiola", "person", "Shadow Transport Minister"),
    actor("Ana Silva", "person", "shop owner"),
    actor("Lars Holm", "person", null),
    actor("Harbor Merchants Association", "organization", null),
    actor("Panama", "organization", null),
  ])("does not count $name", (item) => {
    expect(isAccountGiver(item)).toBe(false);
  });
});
