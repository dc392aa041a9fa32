import { describe, expect, it } from "vitest";
import { positions as positionsOn } from "./stance-positions.ts";
import { reportsDecision } from "../../../src/extract/stances/find-central-action.ts";

const positions = (paragraphs: readonly string[]) => positionsOn(paragraphs, "2024-03-01");

const LEAD = "The Dunmore town council voted on Monday to close the public library on Elm Street.";

describe("acts of taking a side, without a verb of saying", () => {
  it("reads a vote, a proposal and an intention to fight the decision", () => {
    expect(
      positions([
        LEAD,
        "Councillor Maria Jensen led the opposition to the closure.",
        "Councillor Paul Okoro, who proposed the plan, said the money would go to schools.",
        "The Dunmore Readers Union said it would fight the closure.",
      ]),
    ).toEqual([
      ["Maria Jensen", "opposes"],
      ["Paul Okoro", "supports"],
      ["Dunmore Readers Union", "opposes"],
    ]);
  });

  it("takes no side from the same words used for something else", () => {
    expect(
      positions([
        LEAD,
        "Councillor Maria Jensen fought back tears at the meeting.",
        "The opposition party said the weather was fine.",
        "The Dunmore Readers Union said it would fight climate change with a new reading list.",
      ]),
    ).toEqual([]);
  });
});

describe("the named agents of a passive report of the action", () => {
  const PACT =
    "Three port cities agreed on Friday to share their shipping data with each other in real time.";

  it("gives the signatories and the bringers of a claim the action's side", () => {
    expect(
      positions([
        PACT,
        "The agreement was signed by mayor Ines Duarte and harbour master Kofi Mensah.",
        "The Coastal Fishers Guild said the data would help its boats.",
      ]),
    ).toEqual([
      ["Ines Duarte", "supports"],
      ["Kofi Mensah", "supports"],
    ]);
  });

  it("reads no side when the subject is an actor or names no action", () => {
    expect(
      positions([
        PACT,
        "The new harbour office was supported by a grant from mayor Ines Duarte.",
        "Mayor Ines Duarte was backed by her deputy Kofi Mensah in the election.",
      ]),
    ).toEqual([]);
  });
});

describe("a court's ruling as the central action", () => {
  it("reads “ruled that” as a decision, and a reign as none", () => {
    expect(reportsDecision("The appeals court ruled on Tuesday that the mine must close.")).toBe(
      true,
    );
    expect(reportsDecision("A judge ruled against the landlord in March.")).toBe(true);
    expect(reportsDecision("The old king ruled for forty years.")).toBe(false);
  });
});
