import { describe, expect, it } from "vitest";
import { findComplaintCue, isLegalAction } from "../../../src/extract/stances/complaint-cue.ts";

describe("findComplaintCue", () => {
  it.each([
    [
      "went to the Millbrook police station and said the boat was stolen",
      "went to the Millbrook police station",
    ],
    ["reported the break-in to police on Monday", "reported the break-in to police"],
    ["filed a complaint with the harbour master", "filed a complaint"],
    ["pressed charges against the skipper", "pressed charges"],
  ])("finds the complaint in “%s”", (text, phrase) => {
    expect(findComplaintCue(text)).toMatchObject({ phrase, polarity: "support" });
  });

  it.each([
    "went to the harbour to watch the boats",
    "said the police had been slow",
    "reported strong winds on Monday",
  ])("finds none in “%s”", (text) => {
    expect(findComplaintCue(text)).toBeNull();
  });
});

describe("isLegalAction", () => {
  it("is true for an arrest, a charge or a suit, and false for a bridge closing", () => {
    expect(isLegalAction("A ferry captain was arrested on Monday after the crash.")).toBe(true);
    expect(isLegalAction("The council sued the builder over the cracked deck.")).toBe(true);
    expect(isLegalAction("The council closed the bridge to cars on Tuesday.")).toBe(false);
  });
});
