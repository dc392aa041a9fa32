/**
 * One bench size: generate the corpus and queries, build the knowledge base the way `npm run
 * build-index` does (timing ingest, extraction and indexing), save the prebuilt index, serve the
 * queries from it in a fresh process, and run the plain Fuse.js baseline on a seeded sample.
 */
import { execFile } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { loadKnowledge } from "../src/app/library/load-knowledge.ts";
import { computeIndexKey } from "../src/app/library/prebuilt-index-key.ts";
import { writePrebuiltIndex } from "../src/app/library/prebuilt-index.ts";
import { analyzeArticle } from "../src/extract/analyze-article.ts";
import { buildKnowledgeBase } from "../src/knowledge-base/build-knowledge-base.ts";
import type { KnowledgeBase } from "../src/knowledge-base/knowledge-base.ts";
import { BASELINE_PASSAGES, runBaseline, type BaselineResult } from "./bench-baseline.ts";
import { generateCorpus, renderArticle, type BenchArticle } from "./bench-corpus.ts";
import { generateHardQueries } from "./bench-hard-queries.ts";
import { peakRssMb, round, type Latency } from "./bench-measure.ts";
import { generateQueries, makeWarmup, type QuerySet } from "./bench-queries.ts";
import { runPeer, type PeerResult } from "./bench-peer.ts";
import type { SearchFigures, ServeReport } from "./bench-serve.ts";
import { loadSourceDocuments } from "./bench-sources.ts";

export interface BenchOptions {
  readonly passages: number;
  readonly seed: number;
  readonly baselineBudgetMs: number;
  /** The peer is built only up to this size (at 1M it needs about 12 minutes and 8 GB). */
  readonly peerMaxPassages: number;
  /** Corpus, queries and index files go here (under .cache/ by default, never committed). */
  readonly workDir: string;
  readonly log: (line: string) => void;
}

export interface BenchResult {
  readonly passages: number;
  readonly articles: number;
  readonly build_ms: number;
  readonly ingest_ms: number;
  readonly extract_ms: number;
  readonly index_ms: number;
  readonly articles_per_s: number;
  readonly passages_per_s: number;
  readonly index_file_mb: number;
  readonly start_ms: number;
  /** The background check of every article, after serving (bench-serve.ts). */
  readonly verify_ms: number;
  readonly verify_peak_rss_mb: number;
  readonly rss_mb: number;
  readonly build_rss_mb: number;
  readonly search: SearchFigures;
  readonly quote: Latency;
  readonly autocomplete: Latency;
  readonly baseline: BaselineResult;
  /** Null above peerMaxPassages. */
  readonly peer: PeerResult | null;
  readonly ratio: {
    /** Plain Fuse.js over Roundtable, on the baseline's queries and articles (how many times slower). */
    readonly baseline_search_p50: number;
    readonly baseline_search_p99: number;
    /** Roundtable over the peer, in the same run on the same queries (below 1 is faster). */
    readonly peer_search_p50: number | null;
    readonly peer_search_p99: number | null;
  };
}

const WORDS_PER_PASSAGE = 80;
const execFileAsync = promisify(execFile);
const require = createRequire(import.meta.url);
const SERVE_CLI = path.join(path.dirname(fileURLToPath(import.meta.url)), "bench-serve-cli.ts");

async function buildTimed(dir: string, log: (line: string) => void) {
  let started = performance.now();
  const { articles, problems } = await loadKnowledge(dir);
  const ingestMs = performance.now() - started;
  log(`  ingest: ${articles.length} articles in ${round(ingestMs, 0)} ms`);
  started = performance.now();
  const entries = articles.map((article) => ({ article, analysis: analyzeArticle(article) }));
  const extractMs = performance.now() - started;
  log(`  extract: ${round(extractMs, 0)} ms`);
  started = performance.now();
  const kb = buildKnowledgeBase(entries);
  const indexMs = performance.now() - started;
  log(`  index: ${round(indexMs, 0)} ms`);
  const warnings = entries.flatMap(({ article, analysis }) =>
    [...article.warnings, ...analysis.warnings].map((warning) => `${article.fileName}: ${warning}`),
  );
  return { kb, problems, warnings, ingestMs, extractMs, indexMs };
}

async function serveInChild(args: readonly string[]): Promise<ServeReport> {
  const { stdout } = await execFileAsync(
    process.execPath,
    [require.resolve("tsx/cli"), SERVE_CLI, ...args],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as ServeReport;
}

function writeCorpus(options: BenchOptions): {
  dir: string;
  articles: BenchArticle[];
  queries: QuerySet;
} {
  const sources = loadSourceDocuments(options.passages * WORDS_PER_PASSAGE * 1.2);
  const articles = generateCorpus(sources, options.passages, options.seed);
  const dir = path.join(options.workDir, `corpus-${options.passages}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const article of articles)
    writeFileSync(path.join(dir, article.fileName), renderArticle(article));
  const timed = generateQueries(articles, options.seed + 1);
  const queries = {
    ...timed,
    hard: generateHardQueries(articles, options.seed + 5),
    warmup: makeWarmup(articles, options.seed + 9, timed),
  };
  return { dir, articles, queries };
}

const ratio = (slow: number, fast: number): number => round(fast > 0 ? slow / fast : 0, 2);

export async function runBenchSize(options: BenchOptions): Promise<BenchResult> {
  const { log } = options;
  log(`${options.passages} passages: generating the corpus`);
  const { dir, articles: benchArticles, queries } = writeCorpus(options);
  const queriesFile = path.join(options.workDir, `queries-${options.passages}.json`);
  writeFileSync(queriesFile, JSON.stringify(queries));
  const built = await buildTimed(dir, log);
  const indexFile = path.join(options.workDir, `index-${options.passages}.bin`);
  const key = await computeIndexKey(dir);
  const indexBytes = await writePrebuiltIndex(indexFile, key, built);
  const buildRssMb = peakRssMb();
  log("  serving the queries from the prebuilt index in a fresh process");
  const served = await serveInChild([dir, indexFile, queriesFile, key]);
  if (served.verify_problem !== null)
    log(`  the saved index failed its check: ${served.verify_problem}`);
  if (!served.key_matches_current_code) {
    log("  note: sources changed during the run; the serving process used the build's index");
  }
  let peer: PeerResult | null = null;
  if (options.passages <= options.peerMaxPassages) {
    log("  peer: FlexSearch re-ranked by Fuse.js, on the same queries");
    peer = runPeer(built.kb, queries);
  }
  log(`  baseline: plain Fuse.js over the first ${BASELINE_PASSAGES} passages`);
  const baseline = runBaseline(built.kb, benchArticles, options);
  const articles = built.kb.entries.length;
  const buildMs = built.ingestMs + built.extractMs + built.indexMs;
  return {
    passages: countPassages(built.kb),
    articles,
    build_ms: round(buildMs, 0),
    ingest_ms: round(built.ingestMs, 0),
    extract_ms: round(built.extractMs, 0),
    index_ms: round(built.indexMs, 0),
    articles_per_s: round(articles / (built.extractMs / 1000), 1),
    passages_per_s: round(countPassages(built.kb) / (built.extractMs / 1000), 0),
    index_file_mb: round(indexBytes / 1024 / 1024, 1),
    start_ms: served.start_ms,
    verify_ms: served.verify_ms,
    verify_peak_rss_mb: served.verify_peak_rss_mb,
    rss_mb: served.rss_mb,
    build_rss_mb: buildRssMb,
    search: served.search,
    quote: served.quote,
    autocomplete: served.autocomplete,
    baseline,
    peer,
    ratio: {
      baseline_search_p50: ratio(baseline.p50_ms, baseline.ours.p50_ms),
      baseline_search_p99: ratio(baseline.p99_ms, baseline.ours.p99_ms),
      peer_search_p50: peer === null ? null : ratio(served.search.p50_ms, peer.search.p50_ms),
      peer_search_p99: peer === null ? null : ratio(served.search.p99_ms, peer.search.p99_ms),
    },
  };
}

function countPassages(kb: KnowledgeBase): number {
  return kb.entries.reduce((sum, entry) => sum + entry.article.passages.length, 0);
}
