/**
 * The baseline: plain Fuse.js over every passage with `ignoreLocation: true` (what long passages
 * need). It takes seconds a query past a few thousand passages, so it runs at BASELINE_PASSAGES
 * (the corpus's first articles), on a fixed random sample of labelled queries drawn from those
 * articles, large enough for a p99; Roundtable answers the same queries over the same articles.
 */
import Fuse from "fuse.js";
import { answerSearch } from "../src/answer/search.ts";
import { buildKnowledgeBase } from "../src/knowledge-base/build-knowledge-base.ts";
import type { KnowledgeBase } from "../src/knowledge-base/knowledge-base.ts";
import type { BenchArticle } from "./bench-corpus.ts";
import { percentile, round } from "./bench-measure.ts";
import { generateQueries, normalizePhrase } from "./bench-queries.ts";
import { createRandom, shuffle } from "./bench-random.ts";
import { isHit } from "./bench-serve.ts";

export const BASELINE_PASSAGES = 10_000;
/** At least 30, so the p99 rests on more than one number. */
const BASELINE_QUERIES = 32;

export interface BaselineResult {
  readonly passages: number;
  readonly p50_ms: number;
  readonly p99_ms: number;
  readonly recall5: number;
  /** How many queries the figures rest on, of those planned (the time budget may stop it). */
  readonly queries_run: number;
  readonly queries_planned: number;
  readonly budget_ms: number;
  readonly build_ms: number;
  /** Roundtable on exactly the queries the baseline ran, over the same articles. */
  readonly ours: { readonly p50_ms: number; readonly p99_ms: number; readonly recall5: number };
}

interface BaselineOptions {
  readonly seed: number;
  readonly baselineBudgetMs: number;
}

/** The first articles holding at most BASELINE_PASSAGES passages. */
function takeArticles(articles: readonly BenchArticle[]): number {
  let passages = 0;
  let count = 0;
  for (const article of articles) {
    if (passages + article.passages.length > BASELINE_PASSAGES) break;
    passages += article.passages.length;
    count++;
  }
  return Math.max(1, count);
}

export function runBaseline(
  kb: KnowledgeBase,
  articles: readonly BenchArticle[],
  options: BaselineOptions,
): BaselineResult {
  // Entries are in id order, which is file order (bench-000001…): the same first articles.
  const count = takeArticles(articles);
  const ours = buildKnowledgeBase(kb.entries.slice(0, count));
  const passages = ours.entries.flatMap((entry) => entry.article.passages.map((p) => p.text));
  const labelled = generateQueries(articles.slice(0, count), options.seed + 3).labelled;
  const sample = shuffle(createRandom(options.seed + 4), labelled).slice(0, BASELINE_QUERIES);
  let started = performance.now();
  const fuse = new Fuse(
    passages.map((text) => ({ text })),
    { keys: ["text"], ignoreLocation: true },
  );
  const buildMs = performance.now() - started;
  const times: number[] = [];
  const ourTimes: number[] = [];
  let hits = 0;
  let ourHits = 0;
  const budgetStart = performance.now();
  for (const query of sample) {
    if (times.length > 0 && performance.now() - budgetStart >= options.baselineBudgetMs) break;
    started = performance.now();
    const results = fuse.search(query.query, { limit: 5 });
    times.push(performance.now() - started);
    if (results.some(({ item }) => normalizePhrase(item.text).includes(` ${query.phrase} `)))
      hits++;
    started = performance.now();
    const answer = answerSearch(ours, { query: query.query });
    ourTimes.push(performance.now() - started);
    if (isHit(ours, answer, query)) ourHits++;
  }
  const share = (found: number): number => round(times.length === 0 ? 0 : found / times.length, 3);
  return {
    passages: passages.length,
    p50_ms: round(percentile(times, 0.5)),
    p99_ms: round(percentile(times, 0.99)),
    recall5: share(hits),
    queries_run: times.length,
    queries_planned: sample.length,
    budget_ms: options.baselineBudgetMs,
    build_ms: round(buildMs, 0),
    ours: {
      p50_ms: round(percentile(ourTimes, 0.5)),
      p99_ms: round(percentile(ourTimes, 0.99)),
      recall5: share(ourHits),
    },
  };
}
