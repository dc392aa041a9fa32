/** The many-servers bench's figures, as `npm run bench -- --servers N --json` prints them. */
import { round, summarize, type Latency } from "./bench-measure.ts";
import { ARTICLES_PER_SERVER } from "./bench-servers-plan.ts";
import type { SeedReport } from "./bench-servers-seed.ts";
import type { ServersServeReport } from "./bench-servers-serve.ts";

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

export interface ServersRun {
  readonly servers: number;
  readonly smallCount: number;
  readonly bundledPassages: number;
  readonly poolArticles: number;
  readonly cacheMb: number;
  readonly seeded: SeedReport;
  readonly storeMb: number;
  readonly addWords: readonly number[];
  /** The start-up-only run on the small store, and the full run on the N-server store. */
  readonly small: ServersServeReport;
  readonly full: ServersServeReport;
}

const NO_SAMPLES = summarize([]);

export function toServersResult(run: ServersRun): ServersBenchResult {
  const { full, small } = run;
  const words = run.addWords.reduce((sum, count) => sum + count, 0);
  return {
    servers: {
      count: run.servers,
      articles_per_server: ARTICLES_PER_SERVER,
      bundled_passages: run.bundledPassages,
      search_p50_ms: full.search?.p50_ms ?? 0,
      search_p99_ms: full.search?.p99_ms ?? 0,
      search_queries: full.search?.count ?? 0,
      search_warm: full.search?.warm ?? NO_SAMPLES,
      search_cold: full.search?.cold ?? NO_SAMPLES,
      own_top5_share: full.search?.own_top5_share ?? 0,
      views_built: full.search?.rebuilds ?? 0,
      views_cached_at_end: full.search?.cached_at_end ?? 0,
      cache_mb: run.cacheMb,
      rss_mb: full.rss_mb,
      start_ms: full.start_ms,
      store_open_ms: full.store_open_ms,
      start_small_count: run.smallCount,
      start_small_ms: small.start_ms,
      store_open_small_ms: small.store_open_ms,
      seed_rows: run.seeded.rows,
      seed_ms: round(run.seeded.ms, 0),
      store_mb: run.storeMb,
      pool_articles: run.poolArticles,
    },
    add: {
      p50_ms: full.add?.p50_ms ?? 0,
      p99_ms: full.add?.p99_ms ?? 0,
      count: run.addWords.length,
      answerable: full.add?.answerable ?? 0,
      words: round(words / Math.max(1, run.addWords.length), 0),
      refusals: full.add?.refusals ?? [],
    },
  };
}
