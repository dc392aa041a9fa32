/**
 * Start-up serves the articles read within its wait and says which are still being read; the
 * rest arrive when read (or are refused by the budget), swapped in whole.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closeExtractionPool,
  configureExtractionPool,
} from "../../../src/app/extraction-pool/analyze-in-pool.ts";
import type { Library } from "../../../src/app/library/build-library.ts";
import { loadBundledKnowledge } from "../../../src/app/library/bundled-knowledge.ts";
import { HOSTILE_CASES } from "../../support/hostile-corpus.ts";

const SMALL = `Library hours change on Monday

Friday, March 8, 2024

The city library will open at nine on Monday, its director Ana Ruiz said on Thursday.
`;
// The hostile corpus's random text at 1.5 MB: many seconds of extraction, more than the wait.
const SLOW = HOSTILE_CASES.find((hostile) => hostile.name === "random-text")?.make(1_500_000) ?? "";

let dir = "";

beforeAll(async () => {
  configureExtractionPool({ budgetMs: 6000 });
  dir = await mkdtemp(path.join(tmpdir(), "roundtable-startup-ready-"));
  await writeFile(path.join(dir, "hours.txt"), SMALL);
  await writeFile(path.join(dir, "minutes.txt"), SLOW);
});

afterAll(async () => {
  await closeExtractionPool();
  await rm(dir, { recursive: true, force: true });
});

describe("start-up with a slow article", () => {
  it("serves what is read, names what is still being read, then brings it in", async () => {
    let whole: Library | undefined;
    const started = performance.now();
    const bundled = await loadBundledKnowledge(dir, {
      indexFile: null,
      readyWithinMs: 2500,
      pollMs: 60_000,
      onRebuilt: (library) => (whole = library),
    });
    try {
      const servedAfter = performance.now() - started;
      const served = bundled.library();
      expect(served.kb.entries.map((entry) => entry.article.id)).toEqual(["hours"]);
      expect(served.stillReading).toEqual(["minutes.txt"]);
      expect(servedAfter).toBeLessThan(8000);
      await expect.poll(() => whole, { timeout: 20_000, interval: 200 }).toBeDefined();
      // Read in time, or refused by the budget: either way it is no longer pending.
      expect(whole?.stillReading).toEqual([]);
      const minutes = [
        ...(whole?.kb.entries.map((entry) => entry.article.fileName) ?? []),
        ...(whole?.problems.map((problem) => problem.file) ?? []),
      ];
      expect(minutes).toContain("minutes.txt");
      expect(bundled.current()).toBe(whole?.kb);
    } finally {
      bundled.stop();
    }
  }, 40_000);
});
