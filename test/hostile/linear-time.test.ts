/**
 * Issue 13 #3: every hostile case goes through the whole pipeline (ingest + analysis, in a pool
 * worker) at 50 KB and at 500 KB in one run, and the time per byte may grow at most 25-fold
 * (linear work keeps it near 1; quadratic work makes it about 10, cubic about 100). Only a ratio
 * is asserted, never an absolute time. The 500 KB run's budget is what a ratio of 25 allows, so a
 * super-linear case fails within that bound instead of running for minutes.
 *
 * Memory is held to account too: the worker gets a 256 MB heap, a third of the bot's default, so
 * a case whose memory grows faster than its text runs out of it here ("too large to read") long
 * before it would in production. (One did: 12,000 people once needed a 700 MB trie of every title
 * before every name.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createExtractionPool } from "../../src/app/extraction-pool/extraction-pool.ts";
import { HOSTILE_CASES } from "../support/hostile-corpus.ts";

const SMALL = 50_000;
const LARGE = 500_000;
const MAX_PER_BYTE_RATIO = 25;
const SMALL_BUDGET_MS = 30_000;
const LARGE_BUDGET_CAP_MS = 120_000;

const WORKER_HEAP_MB = 256;

const pool = createExtractionPool({
  size: 1,
  budgetMs: SMALL_BUDGET_MS,
  workerHeapMb: WORKER_HEAP_MB,
});
const encode = (text: string) => new TextEncoder().encode(text);

beforeAll(async () => {
  // The first article pays for the worker's start; time only warm runs.
  await pool.analyze({ kind: "file", fileName: "warm.txt", bytes: encode("Warm\n\nA line.\n") });
}, 60_000);
afterAll(() => pool.close());

async function timeCase(make: (bytes: number) => string, size: number, budgetMs: number) {
  const bytes = encode(make(size));
  const started = performance.now();
  const result = await pool.analyze({ kind: "file", fileName: "hostile.txt", bytes }, budgetMs);
  return { ms: performance.now() - started, bytes: bytes.length, result };
}

describe("hostile articles are read in time linear in their size", () => {
  it.each(HOSTILE_CASES.map((hostile) => [hostile.name, hostile] as const))(
    "%s: 500 KB costs at most 25 times 50 KB per byte",
    async (_name, hostile) => {
      const small = await timeCase(hostile.make, SMALL, SMALL_BUDGET_MS);
      expect(small.result.ok ? "read" : small.result.error).toBe("read");
      const allowedPerByte = (small.ms / small.bytes) * MAX_PER_BYTE_RATIO;
      const largeBytes = encode(hostile.make(LARGE)).length;
      const budget = Math.min(LARGE_BUDGET_CAP_MS, Math.max(2_000, allowedPerByte * largeBytes));
      const large = await timeCase(hostile.make, LARGE, budget);
      expect(large.result.ok ? "read" : large.result.error).toBe("read");
      expect(large.ms / large.bytes / (small.ms / small.bytes)).toBeLessThan(MAX_PER_BYTE_RATIO);
    },
    SMALL_BUDGET_MS + LARGE_BUDGET_CAP_MS + 30_000,
  );
});
