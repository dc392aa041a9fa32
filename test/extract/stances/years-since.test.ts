import { describe, expect, it } from "vitest";
import { positions } from "./stance-positions.ts";

const LEAD = "Kelby Council will close the central library, its leader said on Monday.";

it("reads the critic's condemnation when no year dates it (the cases below differ only by the year)", () => {
  expect(
    positions([LEAD, "Orla Venn-Hastings, who chairs the readers' group, condemned the closure."]),
  ).toContainEqual(["Orla Venn-Hastings", "opposes"]);
});

describe("a year after “since” measures a stretch up to now and does not date the statement", () => {
  it("keeps the doer of a lead that says “the biggest cut since it opened in 1988”", () => {
    expect(
      positions([
        "Kelby Council will close the central library, in the biggest cut since it opened in 1988.",
        "Orla Venn-Hastings, who chairs the readers' group, condemned the closure.",
      ]),
    ).toContainEqual(["Kelby Council", "supports"]);
  });

  it("still drops a statement dated to an earlier year (must not fire)", () => {
    expect(
      positions([
        LEAD,
        "In 2019, Orla Venn-Hastings, who chairs the readers' group, condemned the closure.",
      ]),
    ).not.toContainEqual(["Orla Venn-Hastings", "opposes"]);
  });

  it("still drops it when a comma parts the year from “since” (must not fire)", () => {
    expect(
      positions([
        LEAD,
        "Orla Venn-Hastings has chaired the group since then, and condemned the closure in 2019.",
      ]),
    ).not.toContainEqual(["Orla Venn-Hastings", "opposes"]);
  });
});
