/**
 * The serving half of the many-servers bench, run in a fresh process as a bot starts: the bundled
 * library from its prebuilt index, the seeded store, and each server's view built on first use
 * (bench-servers-serve-cli.ts). It times start-up, /search on random servers (so the LRU cache
 * builds and drops views), and adds from a URL on a local HTTP server until /search finds them.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { answerSearch } from "../src/answer/search.ts";
import { buildLibrary } from "../src/app/library/build-library.ts";
import { createServerLibraries } from "../src/app/library/server-libraries.ts";
import type { KnowledgeBase } from "../src/knowledge-base/knowledge-base.ts";
import type { Answer } from "../src/model/answer.ts";
import { DEFAULT_QUOTAS } from "../src/store/article-store.ts";
import { openSqliteStore } from "../src/store/sqlite-store.ts";
import { peakRssMb, round, summarize, type Latency } from "./bench-measure.ts";

export interface ServersPlan {
  readonly knowledgeDir: string;
  readonly indexFile: string;
  readonly storeFile: string;
  /** "start": start-up only (the 10-server store); "full": every measurement. */
  readonly mode: "start" | "full";
  readonly cacheBytes: number;
  readonly queries: readonly { readonly guildId: string; readonly query: string }[];
  readonly adds: readonly {
    readonly guildId: string;
    readonly path: string;
    readonly html: string;
    /** Words only the added article holds: answerable once /search finds them in it. */
    readonly probe: string;
  }[];
}

export interface ServersServeReport {
  readonly start_ms: number;
  readonly store_open_ms: number;
  readonly index_source: string;
  readonly search?: Latency & {
    readonly own_top5_share: number;
    readonly rebuilds: number;
    readonly cached_at_end: number;
    /** Queries whose server view was cached, and those that built it first. */
    readonly warm: Latency;
    readonly cold: Latency;
  };
  readonly add?: Latency & { readonly answerable: number; readonly refusals: readonly string[] };
  readonly rss_mb: number;
}

// The bench's answerability wait: far beyond the 1 s goal, so a miss shows as a number, not a hang.
const ADD_WAIT_MS = 10_000;

function searchOrNull(kb: KnowledgeBase, query: string): Answer | null {
  try {
    return answerSearch(kb, { query });
  } catch {
    return null;
  }
}

function citedIds(answer: Answer | null, top: number): string[] {
  if (answer === null) return [];
  return answer.sections
    .flatMap((section) => section.items)
    .slice(0, top)
    .flatMap((item) => item.citations.map((citation) => citation.articleId));
}

function servePages(pages: ServersPlan["adds"]): Promise<{ server: Server; base: string }> {
  const byPath = new Map(pages.map((page) => [page.path, page.html]));
  const server = createServer((request, response) => {
    const html = byPath.get(request.url ?? "");
    response.writeHead(html === undefined ? 404 : 200, { "content-type": "text/html" });
    response.end(html ?? "not found");
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, base: `http://127.0.0.1:${port}` });
    });
  });
}

export async function runServersServe(planFile: string): Promise<ServersServeReport> {
  const plan = JSON.parse(readFileSync(planFile, "utf8")) as ServersPlan;
  const started = performance.now();
  const library = await buildLibrary(plan.knowledgeDir, { indexFile: plan.indexFile });
  const storeStarted = performance.now();
  const store = openSqliteStore({ file: plan.storeFile, quotas: DEFAULT_QUOTAS });
  let rebuilds = 0;
  const libraries = createServerLibraries({
    // Counting loadAll calls counts the views built (first use, or after the LRU dropped one).
    store: { ...store, loadAll: (guildId) => (rebuilds++, store.loadAll(guildId)) },
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
  if (plan.mode === "start") {
    libraries.close();
    await store.close();
    return { ...startup, rss_mb: peakRssMb() };
  }
  const bundledIds = new Set(library.kb.byId.keys());
  // Untimed warm-up on the bundled library, so JIT compilation is not a query's latency.
  for (const query of ["government policy report", "whale ship captain", "public interest"]) {
    searchOrNull(library.kb, query);
  }
  const searchTimes: number[] = [];
  const warmTimes: number[] = [];
  const coldTimes: number[] = [];
  let ownFound = 0;
  for (const { guildId, query } of plan.queries) {
    const builtBefore = rebuilds;
    const at = performance.now();
    const answer = searchOrNull(await libraries.knowledgeFor(guildId), query);
    const elapsed = performance.now() - at;
    searchTimes.push(elapsed);
    (rebuilds === builtBefore ? warmTimes : coldTimes).push(elapsed);
    if (citedIds(answer, 5).some((id) => !bundledIds.has(id))) ownFound++;
  }
  const search = {
    ...summarize(searchTimes),
    own_top5_share: round(ownFound / Math.max(1, plan.queries.length), 3),
    rebuilds,
    cached_at_end: libraries.cachedCount(),
    warm: summarize(warmTimes),
    cold: summarize(coldTimes),
  };
  const { server, base } = await servePages(plan.adds);
  const addTimes: number[] = [];
  const refusals: string[] = [];
  try {
    for (const [index, page] of plan.adds.entries()) {
      const at = performance.now();
      const added = await libraries.add(page.guildId, `bench-user-${index}`, {
        kind: "url",
        url: `${base}${page.path}`,
      });
      if (added.kind !== "added") {
        refusals.push(`${page.path}: ${added.kind} ${"message" in added ? added.message : ""}`);
        continue;
      }
      const id = added.entry.article.id;
      while (performance.now() - at < ADD_WAIT_MS) {
        const answer = searchOrNull(await libraries.knowledgeFor(page.guildId), page.probe);
        if (citedIds(answer, 25).includes(id)) {
          addTimes.push(performance.now() - at);
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  } finally {
    server.close();
    libraries.close();
    await store.close();
  }
  return {
    ...startup,
    search,
    add: { ...summarize(addTimes), answerable: addTimes.length, refusals },
    rss_mb: peakRssMb(),
  };
}
