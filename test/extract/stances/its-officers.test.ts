import { describe, expect, it } from "vitest";
import { positions } from "./stance-positions.ts";

const LEAD = "Kelby Council will close the central library, its leader said on Monday.";

describe("an officer introduced as “Its <role>, X,” shares a side with the organisation before", () => {
  it("gives the organisation's side to its chair, who only describes", () => {
    expect(
      positions([
        LEAD,
        'The Kelby Readers\' Association condemned the closure. Its chair, Oskar Lindfors-Mwangi, said: "We have met in that building for forty years."',
      ]),
    ).toContainEqual(["Oskar Lindfors-Mwangi", "opposes"]);
  });

  it("gives the officer's side to the organisation, which only meets", () => {
    expect(
      positions([
        LEAD,
        "The Kelby Readers' Association met on Sunday.",
        "Their spokeswoman, Ilse Marangoni, said the group would oppose the closure.",
      ]),
    ).toContainEqual(["Kelby Readers' Association", "opposes"]);
  });

  it("links nobody when the sentence names no organisation before (must not fire)", () => {
    const found = positions([
      "The town will close the central library, officials said on Monday.",
      'Its chair, Oskar Lindfors-Mwangi, said: "We have met in that building for forty years."',
    ]);
    expect(found).not.toContainEqual(["Oskar Lindfors-Mwangi", "opposes"]);
    expect(found).not.toContainEqual(["Oskar Lindfors-Mwangi", "supports"]);
  });

  it("links nobody when “Its” opens no role (must not fire)", () => {
    const found = positions([
      LEAD,
      'The Kelby Readers\' Association condemned the closure. Its members, Oskar Lindfors-Mwangi said, "have met there for forty years."',
    ]);
    expect(found).not.toContainEqual(["Oskar Lindfors-Mwangi", "opposes"]);
  });

  it("links nobody when the sentence just before names no organisation (must not fire)", () => {
    const found = positions([
      LEAD,
      "The Kelby Readers' Association met on Sunday.",
      "The vote at the old hall was closer.",
      "Its chair, Oskar Lindfors-Mwangi, said the closure was a disgrace and condemned it.",
    ]);
    expect(found).not.toContainEqual(["Kelby Readers' Association", "opposes"]);
  });
});
