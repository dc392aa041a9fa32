import { describe, expect, it } from "vitest";
import { detectTense } from "../../../src/extract/events/tense.ts";

/** The date in each text is marked [like this]; the tense is that of the nearest verb. */
const CASES = [
  ["Fiat announced on [Friday] that it intends to buy.", "past"],
  ["The deal will be finalized by [June 10].", "future"],
  ["The trial is set to begin on [Wednesday].", "future"],
  ["The panel met on [Jan. 6] to vote.", "past"],
  ["Mr. Miller told reporters on [Nov. 16] that it was done.", "past"],
  ["Atlantis will go on display after the last flight, which launches [June 28].", "future"],
  ["Figures for [March] show a rise.", "unclear"],
  ["It is expected that the jet arrives on [November 11].", "future"],
  ["The vote, scheduled for [March 20], was postponed.", "future"],
  ["Voting ends on [March 15], officials said.", "unclear"],
  ["Voting ended on [March 15], officials said.", "past"],
  ["Forms must be submitted by [June 1].", "future"],
  ["The rebels must leave by [Monday].", "future"],
] as const;

describe("detectTense", () => {
  it.each(CASES)("“%s” reads as %s", (marked, tense) => {
    const start = marked.indexOf("[");
    const end = marked.indexOf("]") - 1;
    const text = marked.replace("[", "").replace("]", "");
    expect(detectTense(text, [start, end])).toBe(tense);
  });
});

/** A marker beyond a comma belongs to another clause; it decides only when the date's own clause has none. */
const CLAUSE_CASES = [
  ["The firm unveiled a car on [Tuesday], promising that it would fly.", "past"],
  ["The phone will go on sale on [May 5], priced at $900.", "future"],
  ["Rail fares rose on [Monday], and unions said they will strike.", "past"],
  ["On [Friday], the museum will open its doors.", "future"],
  ["The shop closed on [Sunday].", "past"],
] as const;

describe("detectTense across clauses", () => {
  it.each(CLAUSE_CASES)("“%s” reads as %s", (marked, tense) => {
    const start = marked.indexOf("[");
    const end = marked.indexOf("]") - 1;
    const text = marked.replace("[", "").replace("]", "");
    expect(detectTense(text, [start, end])).toBe(tense);
  });
});

/** A reporting verb right before the date governs it; the report's own tense does not. */
const REPORT_CASES = [
  ["The regulator said on [Monday] it would open an inquiry.", "past"],
  ["The minister told reporters on [Friday] that talks will resume.", "past"],
  ["The board will meet on [Monday] to vote.", "future"],
  ["I expect an answer by [Monday].", "future"],
  ["The firm expects the ship on [June 3].", "future"],
  ["She was unexpectedly absent on [Monday].", "past"],
] as const;

describe("detectTense after a reporting verb", () => {
  it.each(REPORT_CASES)("“%s” reads as %s", (marked, tense) => {
    const start = marked.indexOf("[");
    const end = marked.indexOf("]") - 1;
    const text = marked.replace("[", "").replace("]", "");
    expect(detectTense(text, [start, end])).toBe(tense);
  });
});

/** A condition points ahead; "as if", "even if" and "asked if" do not. */
const CONDITION_CASES = [
  ["The union will strike again from [October 19] if no deal is reached.", "future"],
  ["The union announced a strike from [October 19] if no deal is reached.", "future"],
  ["She asked if the office had closed on [Monday].", "past"],
  ["It looked as if the shop had shut on [Friday].", "past"],
] as const;

describe("detectTense with a condition", () => {
  it.each(CONDITION_CASES)("“%s” reads as %s", (marked, tense) => {
    const start = marked.indexOf("[");
    const end = marked.indexOf("]") - 1;
    const text = marked.replace("[", "").replace("]", "");
    expect(detectTense(text, [start, end])).toBe(tense);
  });
});
