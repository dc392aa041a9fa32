/**
 * The many-servers bench (`npm run bench -- --servers N`): N servers of 20 articles each in a
 * SQLite store next to the bundled library of the size benched. Measures /search on random
 * servers (LRU cache under the default 512 MB), peak memory, start-up with 10 and with N servers,
 * and adding a ~2,000-word article from a URL until /search finds it. The serving runs in a fresh
 * process, as a bot starts.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { buildLibrary } from "../src/app/library/build-library.ts";
import { generateCorpus, renderArticle } from "./bench-corpus.ts";
import { round, summarize, type Latency } from "./bench-measure.ts";
import { createRandom, pick, type Random } from "./bench-random.ts";
import { renderAddPage } from "./bench-servers-page.ts";
import {
  buildPool,
  guildIdOf,
  poolIndicesOf,
  seedStore,
  type PoolArticle,
} from "./bench-servers-seed.ts";
import type { ServersPlan, ServersServeReport } from "./bench-servers-serve.ts";
import { loadSourceDocuments, type SourceDocument } from "./bench-sources.ts";

export interface ServersBenchOptions {
  readonly servers: number;
  /** The bundled library's size; its corpus and index are shared with the main bench. */
  readonly passages: number;
  readonly seed: number;
  readonly workDir: string;
  readonly log: (line: string) => void;
  readonly adds?: number;
  readonly queries?: number;
}

export interface ServersBenchResult {
  readonly servers: {
    readonly count: number;
    readonly articles_per_server: number;
    readonly bundled_passages: number;
    readonly search_p50_ms: number;
    readonly search_p99_ms: number;
    readonly search_queries: number;
    /** /search when the server's view was cached / had to be built first (LRU miss). */
    readonly search_warm: Latency;
    readonly search_cold: Latency;
    readonly own_top5_share: number;
    readonly views_built: number;
    readonly views_cached_at_end: number;
    readonly cache_mb: number;
    readonly rss_mb: number;
    readonly start_ms: number;
    readonly store_open_ms: number;
    readonly start_small_count: number;
    readonly start_small_ms: number;
    readonly store_open_small_ms: number;
    readonly seed_rows: number;
    readonly seed_ms: number;
    readonly store_mb: number;
    readonly pool_articles: number;
  };
  readonly add: {
    readonly p50_ms: number;
    readonly p99_ms: number;
    readonly count: number;
    readonly answerable: number;
    readonly words: number;
    readonly refusals: readonly string[];
  };
}

const ARTICLES_PER_SERVER = 20;
const NO_SAMPLES = summarize([]);
const POOL_MAX = 400;
const SMALL_SERVERS = 10;
// LIBRARY_CACHE_MB's default: the views are measured under the memory cap a bot runs with.
const CACHE_BYTES = 512 * 1024 * 1024;
const ADD_PASSAGES = 27;
const execFileAsync = promisify(execFile);
const require = createRequire(import.meta.url);
const SERVE_CLI = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "bench-servers-serve-cli.ts",
);

/** The main bench's corpus and prebuilt index for this size, made when it has not run. */
async function ensureBundled(options: ServersBenchOptions, sources: () => SourceDocument[]) {
  const dir = path.join(options.workDir, `corpus-${options.passages}`);
  const indexFile = path.join(options.workDir, `index-${options.passages}.json`);
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true });
    for (const article of generateCorpus(sources(), options.passages, options.seed))
      writeFileSync(path.join(dir, article.fileName), renderArticle(article));
  }
  const library = await buildLibrary(dir, { indexFile, isSavingIndex: true });
  const passages = library.kb.entries.reduce((sum, e) => sum + e.article.passages.length, 0);
  return { dir, indexFile, passages };
}

/** 3–4 consecutive longer words of one of the server's own passages. */
function ownQuery(random: Random, pool: readonly PoolArticle[], server: number): string {
  const indices = poolIndicesOf(server, ARTICLES_PER_SERVER, pool.length);
  const passage = pick(
    random,
    pick(
      random,
      indices.map((index) => pool[index]!),
    ).passages,
  );
  const words = passage.split(" ").filter((word) => /^[A-Za-z]{4,}$/u.test(word));
  const start = Math.floor(random() * Math.max(1, words.length - 4));
  return words.slice(start, start + 3 + Math.floor(random() * 2)).join(" ");
}

function storeFiles(file: string): string[] {
  return [file, `${file}-wal`, `${file}-shm`];
}

async function serve(plan: ServersPlan, workDir: string): Promise<ServersServeReport> {
  const planFile = path.join(workDir, `servers-plan-${plan.mode}.json`);
  writeFileSync(planFile, JSON.stringify(plan));
  const { stdout } = await execFileAsync(
    process.execPath,
    [require.resolve("tsx/cli"), SERVE_CLI, planFile],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as ServersServeReport;
}

export async function runServersBench(options: ServersBenchOptions): Promise<ServersBenchResult> {
  const { log, servers } = options;
  const adds = options.adds ?? 50;
  const queryCount = options.queries ?? Math.max(200, servers);
  mkdirSync(options.workDir, { recursive: true });
  let sources: SourceDocument[] | undefined;
  const loadSources = () => (sources ??= loadSourceDocuments());
  log(`${servers} servers next to ${options.passages} bundled passages`);
  const bundled = await ensureBundled(options, loadSources);
  const poolSize = Math.min(POOL_MAX, Math.max(ARTICLES_PER_SERVER, servers * ARTICLES_PER_SERVER));
  const pool = buildPool(loadSources(), poolSize, options.seed + 11);
  log(`  pool: ${pool.length} articles analysed`);
  const smallCount = Math.min(SMALL_SERVERS, servers);
  const smallFile = path.join(options.workDir, "servers-start.sqlite");
  const largeFile = path.join(options.workDir, "servers-full.sqlite");
  for (const file of [smallFile, largeFile])
    storeFiles(file).forEach((f) => rmSync(f, { force: true }));
  await seedStore(smallFile, smallCount, ARTICLES_PER_SERVER, pool);
  const seeded = await seedStore(largeFile, servers, ARTICLES_PER_SERVER, pool);
  log(`  seeded ${seeded.rows} articles in ${round(seeded.ms, 0)} ms (one transaction)`);
  const random = createRandom(options.seed + 12);
  const queries = Array.from({ length: queryCount }, () => {
    const server = Math.floor(random() * servers);
    return { guildId: guildIdOf(server), query: ownQuery(random, pool, server) };
  });
  const addTexts = generateCorpus(loadSources(), adds * ADD_PASSAGES, options.seed + 13).flatMap(
    (article) => article.passages,
  );
  const addPages = Array.from({ length: adds }, (_, index) =>
    renderAddPage(index, addTexts.slice(index * ADD_PASSAGES, (index + 1) * ADD_PASSAGES)),
  );
  const base = {
    knowledgeDir: bundled.dir,
    indexFile: bundled.indexFile,
    cacheBytes: CACHE_BYTES,
  };
  log(`  start-up with ${smallCount} servers`);
  const small = await serve(
    { ...base, storeFile: smallFile, mode: "start", queries: [], adds: [] },
    options.workDir,
  );
  log(`  start-up, ${queries.length} searches and ${adds} adds with ${servers} servers`);
  const full = await serve(
    {
      ...base,
      storeFile: largeFile,
      mode: "full",
      queries,
      adds: addPages.map((page, index) => ({
        ...page,
        guildId: guildIdOf(Math.floor((index * servers) / adds)),
      })),
    },
    options.workDir,
  );
  const storeMb = round(statSync(largeFile).size / 1024 / 1024, 1);
  for (const file of [smallFile, largeFile])
    storeFiles(file).forEach((f) => rmSync(f, { force: true }));
  const words = addPages.reduce((sum, page) => sum + page.words, 0) / Math.max(1, adds);
  return {
    servers: {
      count: servers,
      articles_per_server: ARTICLES_PER_SERVER,
      bundled_passages: bundled.passages,
      search_p50_ms: full.search?.p50_ms ?? 0,
      search_p99_ms: full.search?.p99_ms ?? 0,
      search_queries: full.search?.count ?? 0,
      search_warm: full.search?.warm ?? NO_SAMPLES,
      search_cold: full.search?.cold ?? NO_SAMPLES,
      own_top5_share: full.search?.own_top5_share ?? 0,
      views_built: full.search?.rebuilds ?? 0,
      views_cached_at_end: full.search?.cached_at_end ?? 0,
      cache_mb: CACHE_BYTES / 1024 / 1024,
      rss_mb: full.rss_mb,
      start_ms: full.start_ms,
      store_open_ms: full.store_open_ms,
      start_small_count: smallCount,
      start_small_ms: small.start_ms,
      store_open_small_ms: small.store_open_ms,
      seed_rows: seeded.rows,
      seed_ms: round(seeded.ms, 0),
      store_mb: storeMb,
      pool_articles: pool.length,
    },
    add: {
      p50_ms: full.add?.p50_ms ?? 0,
      p99_ms: full.add?.p99_ms ?? 0,
      count: adds,
      answerable: full.add?.answerable ?? 0,
      words: round(words, 0),
      refusals: full.add?.refusals ?? [],
    },
  };
}
