/**
 * The baseline: plain Fuse.js over every passage with `ignoreLocation: true` (what long passages
 * need), run on a seeded sample of the labelled queries until a time budget is spent.
 */
import Fuse from "fuse.js";
import type { KnowledgeBase } from "../src/knowledge-base/knowledge-base.ts";
import { percentile, round } from "./bench-measure.ts";
import { normalizePhrase, type LabelledQuery } from "./bench-queries.ts";
import { createRandom, shuffle } from "./bench-random.ts";

export interface BaselineResult {
  readonly p50_ms: number;
  readonly p99_ms: number;
  readonly recall5: number;
  /** Our recall@5 on the same sample, for a like-for-like comparison. */
  readonly recall5_ours_same_queries: number;
  readonly queries_run: number;
  readonly queries_planned: number;
  readonly budget_ms: number;
  readonly build_ms: number;
}

interface BaselineOptions {
  readonly seed: number;
  readonly baselineBudgetMs: number;
}

export function runBaseline(
  kb: KnowledgeBase,
  labelled: readonly LabelledQuery[],
  ourHits: readonly boolean[],
  options: BaselineOptions,
): BaselineResult {
  const passages = kb.entries.flatMap((entry) =>
    entry.article.passages.map((p) => ({ text: p.text })),
  );
  let started = performance.now();
  const fuse = new Fuse(passages, { keys: ["text"], ignoreLocation: true });
  const buildMs = performance.now() - started;
  const order = shuffle(
    createRandom(options.seed + 2),
    labelled.map((_, index) => index),
  );
  const times: number[] = [];
  let hits = 0;
  let oursOnSample = 0;
  const budgetStart = performance.now();
  for (const index of order) {
    if (times.length > 0 && performance.now() - budgetStart >= options.baselineBudgetMs) break;
    const query = labelled[index];
    if (query === undefined) continue;
    started = performance.now();
    const results = fuse.search(query.query, { limit: 5 });
    times.push(performance.now() - started);
    if (results.some(({ item }) => normalizePhrase(item.text).includes(` ${query.phrase} `)))
      hits++;
    if (ourHits[index] === true) oursOnSample++;
  }
  return {
    p50_ms: round(percentile(times, 0.5)),
    p99_ms: round(percentile(times, 0.99)),
    recall5: round(times.length === 0 ? 0 : hits / times.length, 3),
    recall5_ours_same_queries: round(times.length === 0 ? 0 : oursOnSample / times.length, 3),
    queries_run: times.length,
    queries_planned: labelled.length,
    budget_ms: options.baselineBudgetMs,
    build_ms: round(buildMs, 0),
  };
}
