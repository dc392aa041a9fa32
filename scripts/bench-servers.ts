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
import { round } from "./bench-measure.ts";
import { ARTICLES_PER_SERVER, makeAddPages, makeQueries } from "./bench-servers-plan.ts";
import { toServersResult, type ServersBenchResult } from "./bench-servers-result.ts";
import { buildPool, seedStore } from "./bench-servers-seed.ts";
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

const POOL_MAX = 400;
const SMALL_SERVERS = 10;
// LIBRARY_CACHE_MB's default: the views are measured under the memory cap a bot runs with.
const CACHE_BYTES = 512 * 1024 * 1024;
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
  const queries = makeQueries(pool, servers, queryCount, options.seed + 12);
  const addPages = makeAddPages(loadSources(), servers, adds, options.seed + 13);
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
      adds: addPages,
    },
    options.workDir,
  );
  const storeMb = round(statSync(largeFile).size / 1024 / 1024, 1);
  for (const file of [smallFile, largeFile])
    storeFiles(file).forEach((f) => rmSync(f, { force: true }));
  return toServersResult({
    servers,
    smallCount,
    bundledPassages: bundled.passages,
    poolArticles: pool.length,
    cacheMb: CACHE_BYTES / 1024 / 1024,
    seeded,
    storeMb,
    addWords: addPages.map((page) => page.words),
    small,
    full,
  });
}
