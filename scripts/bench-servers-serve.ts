/**
 * The serving half of the many-servers bench, run in a fresh process as a bot starts: the bundled
 * library from its prebuilt index, the seeded store, and each server's view built on first use
 * (bench-servers-serve-cli.ts). It times start-up, /search on random servers (so the LRU cache
 * builds and drops views), and adds by URL (bench-servers-adds.ts).
 */
import { readFileSync } from "node:fs";
import { buildLibrary } from "../src/app/library/build-library.ts";
import {
  createServerLibraries,
  type ServerLibraries,
} from "../src/app/library/server-libraries.ts";
import type { KnowledgeBase } from "../src/knowledge-base/knowledge-base.ts";
import { DEFAULT_QUOTAS } from "../src/store/article-store.ts";
import { openSqliteStore } from "../src/store/sqlite-store.ts";
import { peakRssMb, round, summarize, type Latency } from "./bench-measure.ts";
import {
  citedIds,
  searchOrNull,
  timeAdds,
  type AddPlan,
  type AddReport,
} from "./bench-servers-adds.ts";

export interface ServersPlan {
  readonly knowledgeDir: string;
  readonly indexFile: string;
  readonly storeFile: string;
  /** "start": start-up only (the 10-server store); "full": every measurement. */
  readonly mode: "start" | "full";
  readonly cacheBytes: number;
  readonly queries: readonly { readonly guildId: string; readonly query: string }[];
  readonly adds: readonly AddPlan[];
}

export interface SearchReport extends Latency {
  readonly own_top5_share: number;
  readonly rebuilds: number;
  readonly cached_at_end: number;
  /** Queries whose server view was cached, and those that built it first. */
  readonly warm: Latency;
  readonly cold: Latency;
}

export interface ServersServeReport {
  readonly start_ms: number;
  readonly store_open_ms: number;
  readonly index_source: string;
  readonly search?: SearchReport;
  readonly add?: AddReport;
  readonly rss_mb: number;
}

async function timeSearches(
  plan: ServersPlan,
  bundled: KnowledgeBase,
  libraries: ServerLibraries,
  countBuilds: () => number,
): Promise<SearchReport> {
  const bundledIds = new Set(bundled.byId.keys());
  // Untimed warm-up on the bundled library, so JIT compilation is not a query's latency.
  for (const query of ["government policy report", "whale ship captain", "public interest"]) {
    searchOrNull(bundled, query);
  }
  const all: number[] = [];
  const warm: number[] = [];
  const cold: number[] = [];
  let ownFound = 0;
  for (const { guildId, query } of plan.queries) {
    const builtBefore = countBuilds();
    const at = performance.now();
    const answer = searchOrNull(await libraries.knowledgeFor(guildId), query);
    const elapsed = performance.now() - at;
    all.push(elapsed);
    (countBuilds() === builtBefore ? warm : cold).push(elapsed);
    if (citedIds(answer, 5).some((id) => !bundledIds.has(id))) ownFound++;
  }
  return {
    ...summarize(all),
    own_top5_share: round(ownFound / Math.max(1, plan.queries.length), 3),
    rebuilds: countBuilds(),
    cached_at_end: libraries.cachedCount(),
    warm: summarize(warm),
    cold: summarize(cold),
  };
}

export async function runServersServe(planFile: string): Promise<ServersServeReport> {
  const plan = JSON.parse(readFileSync(planFile, "utf8")) as ServersPlan;
  const started = performance.now();
  const library = await buildLibrary(plan.knowledgeDir, { indexFile: plan.indexFile });
  const storeStarted = performance.now();
  const store = openSqliteStore({ file: plan.storeFile, quotas: DEFAULT_QUOTAS });
  let builds = 0;
  const libraries = createServerLibraries({
    // Counting loadAll calls counts the views built (first use, or after the LRU dropped one).
    store: { ...store, loadAll: (guildId) => (builds++, store.loadAll(guildId)) },
    bundled: () => library.kb,
    isSharedLibrary: true,
    cacheBytes: plan.cacheBytes,
    // ALLOW_PRIVATE_URLS for the bench only: its pages are on 127.0.0.1.
    fetch: { isPrivateAllowed: true },
    now: () => Date.now(),
  });
  await libraries.knowledgeFor(null);
  const ready = performance.now();
  const startup = {
    start_ms: round(ready - started, 0),
    store_open_ms: round(ready - storeStarted, 1),
    index_source: library.index.source,
  };
  try {
    if (plan.mode === "start") return { ...startup, rss_mb: peakRssMb() };
    const search = await timeSearches(plan, library.kb, libraries, () => builds);
    const add = await timeAdds(libraries, plan.adds);
    return { ...startup, search, add, rss_mb: peakRssMb() };
  } finally {
    libraries.close();
    await store.close();
  }
}
