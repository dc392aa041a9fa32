import { describe, expect, it } from "vitest";
import { positions } from "./stance-positions.ts";

const LEAD = "The port authority voted on Monday to close the old ferry terminal.";

describe("an actor that has formed no view yet, or will not comment on the merits, is neutral", () => {
  it.each([
    "Dariela Voss, who chairs the harbour board, said the board had not yet formed a view.",
    "Dariela Voss, who chairs the harbour board, said she was yet to reach a position.",
    "Dariela Voss, who chairs the harbour board, said she would not comment on the merits of the plan.",
  ])("%s", (sentence) => {
    expect(positions([LEAD, sentence])).toEqual([["Dariela Voss", "neutral"]]);
  });

  it("keeps a side when the view is formed (must not fire)", () => {
    expect(
      positions([
        LEAD,
        "Dariela Voss, who chairs the harbour board, said she had formed a view: the closure was wrong.",
      ]),
    ).not.toContainEqual(["Dariela Voss", "neutral"]);
  });
});

describe("fears count against the action, so backing it while fearing its effects is mixed", () => {
  it("reads “backed … but feared …” as mixed, where “backed” alone would support", () => {
    expect(
      positions([
        LEAD,
        "Ismael Ortega-Brandt, who runs a cafe by the quay, said he backed the closure but feared the new buses would not run on time.",
      ]),
    ).toEqual([["Ismael Ortega-Brandt", "mixed"]]);
  });
});
