/**
 * Keeps `npm run eval:extract` from slipping: the means over the evaluation articles
 * (test/fixtures/eval) stay at or above these floors. Raise a floor when a change lifts it.
 */
import { describe, expect, it } from "vitest";
import { runEvalExtract, type GroupSummary } from "../../scripts/eval-extract-run.ts";

// Raised after the extraction work of 2026-12-04 (all 13 at 0.96–1.00), a little below what it measures.
const CLEAN_FLOORS = {
  peopleRecall: 0.95,
  peoplePrecision: 0.97,
  speakersRightMean: 0.95,
  speakersRightPooled: 0.95,
  eventsFound: 0.97,
  eventsRight: 0.95,
  stances: 0.9,
} as const;

const WIKINEWS_SPEAKERS_FLOOR = 0.95;

const result = runEvalExtract();
const group = (prefix: string): GroupSummary => {
  const found = result.groups.find((candidate) => candidate.name.startsWith(prefix));
  if (found === undefined) throw new Error(`no group ${prefix}`);
  return found;
};

describe("eval:extract floors", () => {
  it("scores all 13 clean texts and the 3 pasted pages", () => {
    expect(group("all clean").articles).toBe(13);
    expect(group("pasted").articles).toBe(3);
  });

  it("keeps the means over the 13 clean texts at or above their floors", () => {
    const clean = group("all clean");
    expect(clean.peopleRecall.mean).toBeGreaterThanOrEqual(CLEAN_FLOORS.peopleRecall);
    expect(clean.peoplePrecision.mean).toBeGreaterThanOrEqual(CLEAN_FLOORS.peoplePrecision);
    expect(clean.speakersRight.mean).toBeGreaterThanOrEqual(CLEAN_FLOORS.speakersRightMean);
    expect(clean.speakersRight.pooled).toBeGreaterThanOrEqual(CLEAN_FLOORS.speakersRightPooled);
    expect(clean.eventsFound.mean).toBeGreaterThanOrEqual(CLEAN_FLOORS.eventsFound);
    expect(clean.eventsRight.mean).toBeGreaterThanOrEqual(CLEAN_FLOORS.eventsRight);
    expect(clean.stances.mean).toBeGreaterThanOrEqual(CLEAN_FLOORS.stances);
  });

  it("keeps speakers right on the five visible Wikinews articles", () => {
    expect(group("wikinews").speakersRight.mean).toBeGreaterThanOrEqual(WIKINEWS_SPEAKERS_FLOOR);
  });

  it("reads every clean text as exactly its body paragraphs, title and date", () => {
    const clean = group("all clean");
    expect(clean.chromePassages).toBe(0);
    expect(clean.missingBody).toBe(0);
    expect(clean.titleAndDateRight).toBe(13);
  });

  it("reads every pasted page as its body paragraphs alone, with its title and date", () => {
    const pasted = group("pasted");
    expect(pasted.missingBody).toBe(0);
    expect(pasted.chromePassages).toBe(0);
    expect(pasted.titleAndDateRight).toBe(3);
  });

  it("reads the synthetic pasted pages, in other sites' wording, the same way", () => {
    const synthetic = group("synthetic pasted");
    expect(synthetic.articles).toBe(2);
    expect(synthetic.missingBody).toBe(0);
    expect(synthetic.chromePassages).toBe(0);
    expect(synthetic.titleAndDateRight).toBe(2);
  });
});
