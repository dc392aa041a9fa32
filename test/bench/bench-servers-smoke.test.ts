import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderAddPage } from "../../scripts/bench-servers-page.ts";
import { poolIndicesOf } from "../../scripts/bench-servers-seed.ts";
import { runServersBench } from "../../scripts/bench-servers.ts";

describe("many-servers bench", () => {
  it("gives each server distinct pool articles", () => {
    const indices = poolIndicesOf(7, 20, 60);
    expect(new Set(indices).size).toBe(20);
    expect(indices.every((index) => index >= 0 && index < 60)).toBe(true);
  });

  it("marks each add page with words no other page holds", () => {
    const passages = ["One passage here.", "Two passage here.", "Three passage here."];
    const first = renderAddPage(0, passages);
    const second = renderAddPage(1, passages);
    expect(first.html).toContain(first.probe.split(" ")[0]);
    expect(second.html).not.toContain(first.probe.split(" ")[0]);
    expect(first.path).not.toBe(second.path);
  });

  it("measures 3 servers next to 1k bundled passages and reports every figure", async () => {
    const workDir = await mkdtemp(path.join(tmpdir(), "roundtable-bench-servers-"));
    try {
      const result = await runServersBench({
        servers: 3,
        passages: 1000,
        seed: 7,
        workDir,
        log: () => undefined,
        adds: 3,
        queries: 30,
      });
      expect(result.servers).toMatchObject({
        count: 3,
        search_p50_ms: expect.any(Number),
        search_p99_ms: expect.any(Number),
        rss_mb: expect.any(Number),
        start_ms: expect.any(Number),
        start_small_ms: expect.any(Number),
        seed_rows: 60,
        search_queries: 30,
      });
      expect(result.add).toMatchObject({
        p50_ms: expect.any(Number),
        p99_ms: expect.any(Number),
        refusals: [],
      });
      // Every added page was read, committed and then found by /search in its server.
      expect(result.add.answerable).toBe(3);
      // The queries are the servers' own words: their own articles come up.
      expect(result.servers.own_top5_share).toBeGreaterThan(0.8);
      expect(result.servers.views_built).toBeGreaterThanOrEqual(3);
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  }, 180_000);
});
