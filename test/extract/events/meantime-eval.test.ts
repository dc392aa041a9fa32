import { describe, expect, it } from "vitest";
import { scoreTimex, type TimexDocument } from "../../../scripts/eval-timex-score.ts";
import { readFixture } from "./fixture-article.ts";

// Reached when this test was written: recall 0.921, value accuracy 0.966, precision 0.984.
// The floors sit a little below, so a regression fails while small gold noise does not.
const FLOORS = { recall: 0.9, accuracy: 0.94, precision: 0.96 };

describe("date finder on the MEANTIME sample (copy in test/fixtures/events/meantime)", () => {
  const { documents } = readFixture<{ documents: TimexDocument[] }>(
    "meantime/meantime-en-sample.json",
  );
  const score = scoreTimex(documents);

  it("scores all 127 calendar dates of the 40 documents", () => {
    expect(documents).toHaveLength(40);
    expect(score.goldCount).toBe(127);
  });

  it("keeps recall, value accuracy and precision above their floors", () => {
    const measured = {
      recall: score.foundCount / score.goldCount,
      accuracy: score.correctCount / score.foundCount,
      precision: (score.systemCount - score.falsePositiveCount) / score.systemCount,
    };
    expect(measured.recall).toBeGreaterThanOrEqual(FLOORS.recall);
    expect(measured.accuracy).toBeGreaterThanOrEqual(FLOORS.accuracy);
    expect(measured.precision).toBeGreaterThanOrEqual(FLOORS.precision);
  });
});
