import { describe, expect, it } from "vitest";
import { positions } from "./stance-positions.ts";

const LEAD = "The port authority voted on Monday to close the old ferry terminal.";

describe("“would/will oppose”, “would/will support”, “would/will back” take a side in reported speech", () => {
  it.each([
    ["Tamsin Okoye-Baird said her union would oppose the closure.", "opposes"],
    ["Tamsin Okoye-Baird said she will oppose the closure in court.", "opposes"],
    ["Tamsin Okoye-Baird said her group would support the closure.", "supports"],
    ["Tamsin Okoye-Baird said her party would back the measure.", "supports"],
  ])("%s → %s", (sentence, side) => {
    expect(positions([LEAD, sentence])).toEqual([["Tamsin Okoye-Baird", side]]);
  });

  it.each([
    ["Tamsin Okoye-Baird said she would back down if the court ruled against her."],
    ["Tamsin Okoye-Baird said the ferry would be back by noon."],
  ])("takes no side from “back” in another sense (must not fire): %s", (sentence) => {
    expect(positions([LEAD, sentence])).toEqual([]);
  });
});
