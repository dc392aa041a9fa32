/**
 * The peer: the best JavaScript setup measured beside Roundtable in issue #15, a FlexSearch index
 * (forward tokens, context, LatinBalance encoder) whose top 50 are re-ranked by Fuse.js, run on
 * the same queries as Roundtable, so "ahead of the peer" is measured on every run.
 */
import { Charset, Index } from "flexsearch";
import Fuse from "fuse.js";
import type { KnowledgeBase } from "../src/knowledge-base/knowledge-base.ts";
import type { HardKind } from "./bench-hard-queries.ts";
import {
  peakRssMb,
  round,
  summarize,
  summarizeCpu,
  timeEach,
  type Latency,
} from "./bench-measure.ts";
import { normalizePhrase, type LabelledQuery, type QuerySet } from "./bench-queries.ts";
import { DEFAULT_WARMUP } from "./bench-serve.ts";

export interface PeerResult {
  readonly name: string;
  readonly build_ms: number;
  readonly search: Latency & {
    readonly cpu_p50_ms: number;
    readonly cpu_p99_ms: number;
    readonly recall5: number;
    readonly recall5_hard: Readonly<Partial<Record<HardKind, number>>>;
  };
  /** Peak RSS of the bench process once the peer was built (it also holds Roundtable's build). */
  readonly process_rss_mb: number;
}

const POOL = 50;
const TOP = 5;
const FUSE_OPTIONS = {
  keys: ["text"],
  useTokenSearch: true,
  ignoreLocation: true,
  includeScore: true,
  threshold: 0.4,
};

function share(hits: readonly boolean[]): number {
  return round(hits.length === 0 ? 0 : hits.filter(Boolean).length / hits.length, 3);
}

export function runPeer(kb: KnowledgeBase, queries: QuerySet): PeerResult {
  const passages = kb.entries.flatMap((entry) => entry.article.passages.map((p) => p.text));
  const started = performance.now();
  const index = new Index({
    tokenize: "forward",
    encoder: Charset.LatinBalance,
    context: { depth: 1, bidirectional: true, resolution: 9 },
  });
  passages.forEach((text, id) => index.add(id, text));
  const buildMs = performance.now() - started;
  const search = (query: string): string[] => {
    const ids = index.search(query, { limit: POOL, suggest: true }) as number[];
    const pool = ids.flatMap((id) => {
      const text = passages[id];
      return text === undefined ? [] : [{ text }];
    });
    return new Fuse(pool, FUSE_OPTIONS).search(query, { limit: TOP }).map((hit) => hit.item.text);
  };
  const isHit = (found: readonly string[], labelled: LabelledQuery): boolean =>
    found.some((text) => normalizePhrase(text).includes(` ${labelled.phrase} `));
  // The same warm-up as Roundtable's serving gets (bench-serve.ts).
  for (const warm of (queries.warmup ?? DEFAULT_WARMUP).search) search(warm);
  const hits: boolean[] = [];
  const hard = new Map<HardKind, boolean[]>();
  const cpuTimes: number[] = [];
  const times = [
    ...timeEach(queries.search, search, undefined, cpuTimes),
    ...timeEach(
      queries.labelled,
      (labelled) => search(labelled.query),
      (labelled, found) => hits.push(isHit(found, labelled)),
      cpuTimes,
    ),
  ];
  timeEach(
    queries.hard,
    (query) => search(query.query),
    (query, found) => {
      const list = hard.get(query.kind) ?? [];
      list.push(isHit(found, query));
      hard.set(query.kind, list);
    },
  );
  return {
    name: "FlexSearch (forward, context, LatinBalance) top 50 re-ranked by Fuse.js",
    build_ms: round(buildMs, 0),
    search: {
      ...summarize(times),
      ...summarizeCpu(cpuTimes),
      recall5: share(hits),
      recall5_hard: Object.fromEntries([...hard].map(([kind, list]) => [kind, share(list)])),
    },
    process_rss_mb: peakRssMb(),
  };
}
