import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { measurePicture } from "../../scripts/bench-picture.ts";
import { generateCorpus, renderArticle } from "../../scripts/bench-corpus.ts";
import { generateQueries } from "../../scripts/bench-queries.ts";
import { runBenchSize } from "../../scripts/bench-run.ts";
import { loadSourceDocuments } from "../../scripts/bench-sources.ts";

const latency = {
  p50_ms: expect.any(Number),
  p99_ms: expect.any(Number),
  count: expect.any(Number),
};

describe("bench corpus and queries", () => {
  const sources = loadSourceDocuments(20_000);

  it("are the same for the same seed, with passages of 30–120 words", () => {
    const first = generateCorpus(sources, 200, 7);
    expect(generateCorpus(sources, 200, 7)).toEqual(first);
    expect(generateCorpus(sources, 200, 8)).not.toEqual(first);
    const passages = first.flatMap((article) => article.passages);
    expect(passages).toHaveLength(200);
    for (const passage of passages) {
      const words = passage.split(" ").length;
      expect(words).toBeGreaterThanOrEqual(30);
      expect(words).toBeLessThanOrEqual(125);
    }
    expect(generateQueries(first, 1)).toEqual(generateQueries(first, 1));
  });

  it("renders articles with front matter and quotes by named speakers", () => {
    const [article] = generateCorpus(sources, 200, 7);
    const text = renderArticle(article!);
    expect(text).toMatch(/^---\ntitle: ".+"\nauthor: .+\npublished: \d{4}-\d\d-\d\d\n/u);
    const speakers = article!.speakers.map((name) => name.split(" ").at(-1));
    expect(speakers.some((name) => text.includes(`${name} said.`))).toBe(true);
  });
});

describe("runBenchSize", () => {
  // Builds, saves, serves in a child process and runs the peer and the baseline: a minute or more
  // when the machine is shared.
  it("measures a 200-passage corpus and reports every figure", { timeout: 180_000 }, async () => {
    const workDir = await mkdtemp(path.join(tmpdir(), "roundtable-bench-"));
    try {
      const result = await runBenchSize({
        passages: 200,
        seed: 7,
        baselineBudgetMs: 200,
        peerMaxPassages: 1000,
        workDir,
        log: () => undefined,
      });
      expect(result).toMatchObject({
        passages: 200,
        build_ms: expect.any(Number),
        start_ms: expect.any(Number),
        rss_mb: expect.any(Number),
        articles_per_s: expect.any(Number),
        search: { ...latency, recall5: expect.any(Number), labelled: 100 },
        quote: latency,
        autocomplete: latency,
        baseline: { p99_ms: expect.any(Number), recall5: expect.any(Number), passages: 200 },
        peer: { search: { ...latency, recall5: expect.any(Number) } },
      });
      expect(Object.keys(result.search.recall5_hard).sort()).toEqual([
        "common_words",
        "needle",
        "speaker",
        "two_typos",
      ]);
      expect(result.ratio.peer_search_p99).toEqual(expect.any(Number));
      expect(result.search.recall5).toBeGreaterThan(0.8);
      expect(result.baseline.queries_run).toBeGreaterThan(0);
      expect(result.baseline.queries_run).toBeLessThanOrEqual(result.baseline.queries_planned);
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  });
});

describe("measurePicture", () => {
  it("times the largest article's timeline picture and says its size", { timeout: 60_000 }, () => {
    const result = measurePicture({ passages: 200, seed: 7, runs: 2, log: () => undefined });
    expect(result).not.toBeNull();
    expect(result?.events).toBeGreaterThan(0);
    expect(result?.width).toBeGreaterThan(0);
    expect(result?.picture).toMatchObject({ ...latency, count: 2 });
  });
});
