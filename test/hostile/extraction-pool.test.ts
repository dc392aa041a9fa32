/**
 * Issue 13 #3: extraction runs in worker threads with a per-article time budget. An article over
 * budget is refused in one clear line, its worker is replaced, and the main thread keeps
 * answering while a worker chews the worst file.
 */
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  closeExtractionPool,
  configureExtractionPool,
} from "../../src/app/extraction-pool/analyze-in-pool.ts";
import { createExtractionPool } from "../../src/app/extraction-pool/extraction-pool.ts";
import { buildLibrary } from "../../src/app/library/build-library.ts";
import { buildBridgeKb } from "../support/fixture-kb.ts";
import { HOSTILE_CASES } from "../support/hostile-corpus.ts";
import { runCommand } from "../support/run-command.ts";

const GOOD =
  "Council Closes Bridge\nMarch 8, 2024\n\nThe council on Tuesday closed the bridge, Mayor Dana Ortiz said.\n";
const encode = (text: string) => new TextEncoder().encode(text);
// 2 MB in one paragraph: no extractor reads that in 1 s, however linear, on any machine.
const WORST = HOSTILE_CASES.find((hostile) => hostile.name === "long-paragraph-with-months");
const worstText = (WORST?.make ?? (() => ""))(2_000_000);

const dirs: string[] = [];
afterAll(async () => {
  await closeExtractionPool();
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("the extraction pool", () => {
  it("refuses an article over its budget with one clear line, then reads the next", async () => {
    // The good article keeps the default 10 s: a cold worker on a loaded machine may need more
    // than 200 ms even for three lines.
    const pool = createExtractionPool({ size: 1 });
    try {
      const [worst, good] = await Promise.all([
        pool.analyze({ kind: "file", fileName: "worst.txt", bytes: encode(worstText) }, 200),
        pool.analyze({ kind: "file", fileName: "good.txt", bytes: encode(GOOD) }),
      ]);
      expect(worst).toEqual({ ok: false, error: "too complex to read in 0.2 s; skipped" });
      expect(good.ok && good.value.analysis.actors.map((actor) => actor.name)).toContain(
        "Dana Ortiz",
      );
      expect(pool.pending()).toBe(0);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("gives an ingest problem its reason, not a crash", async () => {
    const pool = createExtractionPool({ size: 1 });
    try {
      const empty = await pool.analyze({ kind: "file", fileName: "empty.txt", bytes: encode("") });
      expect(empty.ok).toBe(false);
      expect(empty.ok ? "" : empty.error).toMatch(/empty/i);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("keeps /who answering within 3 s while a worker chews the worst file", async () => {
    const pool = createExtractionPool({ size: 1, budgetMs: 10_000 });
    const kb = buildBridgeKb();
    const latencies: number[] = [];
    try {
      let isChewing = true;
      const chewing = pool
        .analyze({ kind: "file", fileName: "worst.txt", bytes: encode(worstText) })
        .finally(() => {
          isChewing = false;
        });
      while (isChewing && latencies.length < 20) {
        const started = performance.now();
        const outcome = await runCommand(kb, "who", { name: "Ortiz" });
        latencies.push(performance.now() - started);
        expect(outcome).toMatchObject({ kind: "answer" });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await chewing;
      expect(latencies.length).toBeGreaterThan(1);
      expect(Math.max(...latencies)).toBeLessThan(3_000);
    } finally {
      await pool.close();
    }
  }, 60_000);
});

describe("start-up with an article over the budget", () => {
  it("serves the good articles and names the refused one in its line", async () => {
    const dir = await mkdtemp(join(tmpdir(), "roundtable-budget-"));
    dirs.push(dir);
    const knowledge = join(dir, "knowledge");
    await mkdir(knowledge);
    await writeFile(join(knowledge, "good.txt"), GOOD);
    await writeFile(join(knowledge, "worst.txt"), worstText);
    await closeExtractionPool();
    // 1 s: enough for three lines on a loaded machine, far too little for 2 MB anywhere.
    configureExtractionPool({ budgetMs: 1_000 });
    const library = await buildLibrary(knowledge, { indexFile: null });
    expect(library.kb.entries.map((entry) => entry.article.id)).toEqual(["good"]);
    expect(library.problems).toEqual([
      { file: "worst.txt", message: "worst.txt: too complex to read in 1 s; skipped" },
    ]);
  }, 60_000);
});
