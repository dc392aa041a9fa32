import { describe, expect, it } from "vitest";
import { findRequestCue } from "../../../src/extract/stances/request-cue.ts";
import { removeAdverbs } from "../../../src/extract/stances/without-adverbs.ts";

describe("findRequestCue", () => {
  it.each([
    ["asked the State Department to help the choir travel", "support", "asked … to help"],
    ["urged ministers to scrap the levy before winter", "oppose", "urged … to scrap"],
    ["called on the council to keep the library open", "support", "called … to keep"],
    ["pressed to stop the closure", "oppose", "pressed … to stop"],
    ["We will ask the board to reconsider the cuts", "oppose", "ask … to reconsider"],
  ])("reads “%s”", (text, polarity, phrase) => {
    expect(findRequestCue(text)).toMatchObject({ polarity, phrase });
  });

  it.each([
    "asked the mayor to explain the delay",
    "said the committee wants to help families",
    "asked questions. Then the board voted to scrap it",
    "helped the council to stop the leak",
    "we will ask the board to review our accounts first",
  ])("finds no request that leans in “%s”", (text) => {
    expect(findRequestCue(text)).toBeNull();
  });
});

describe("removeAdverbs", () => {
  it("takes out -ly adverbs and maps offsets back", () => {
    const original = "The mayor publicly asked residents to quickly reply.";
    const plain = removeAdverbs(original);
    expect(plain.text).toBe("The mayor asked residents to reply.");
    for (const word of ["asked", "reply", "mayor"]) {
      const at = plain.toOriginal(plain.text.indexOf(word));
      expect(original.slice(at, at + word.length)).toBe(word);
    }
  });

  it("keeps words that only end in -ly", () => {
    expect(removeAdverbs("Residents rely on the family bus in Italy.").text).toBe(
      "Residents rely on the family bus in Italy.",
    );
  });
});
