/**
 * The serving half of the bench, run in a fresh process as a bot would start: loads the prebuilt
 * index, then answers the query set through the real answer functions (bench-serve-cli.ts).
 */
import { readFileSync } from "node:fs";
import { suggestActors } from "../src/answer/autocomplete.ts";
import { answerQuotes } from "../src/answer/quotes.ts";
import { answerSearch } from "../src/answer/search.ts";
import { VERIFY_BEFORE_SERVING_BYTES } from "../src/app/library/build-library.ts";
import { startIndexKey } from "../src/app/library/index-key-aside.ts";
import { readPrebuiltIndex } from "../src/app/library/prebuilt-index.ts";
import type { KnowledgeBase } from "../src/knowledge-base/knowledge-base.ts";
import type { Answer } from "../src/model/answer.ts";
import {
  peakRssMb,
  round,
  summarize,
  summarizeCpu,
  timeEach,
  type Latency,
} from "./bench-measure.ts";
import type { HardKind } from "./bench-hard-queries.ts";
import {
  normalizePhrase,
  type LabelledQuery,
  type QuerySet,
  type WarmupSet,
} from "./bench-queries.ts";

export interface ServeReport {
  readonly start_ms: number;
  readonly index_source: string;
  /** False when sources changed between build and serve (others editing): the load still counts. */
  readonly key_matches_current_code: boolean;
  readonly search: SearchFigures;
  readonly quote: Latency;
  readonly autocomplete: Latency;
  /** Peak RSS while loading and answering, before the background check. */
  readonly rss_mb: number;
  /** The background check of every article (parse, model, verbatim, sections), after serving. */
  readonly verify_ms: number;
  readonly verify_problem: string | null;
  readonly verify_peak_rss_mb: number;
}

export type SearchFigures = Latency & {
  readonly cpu_p50_ms: number;
  readonly cpu_p99_ms: number;
  readonly recall5: number;
  readonly labelled: number;
  /** Recall@5 on the harder labelled queries, by kind, and how many of each. */
  readonly recall5_hard: Readonly<Partial<Record<HardKind, number>>>;
  readonly hard_labelled: number;
};

const TOP = 5;

/** For query files written before warm-up sets were (they carry none). */
export const DEFAULT_WARMUP: WarmupSet = {
  search: ["government policy report", "whale ship captain", "public interest"],
  quoteTopics: ["government policy report", "whale ship captain", "public interest"],
  prefixes: ["gov", "wha", "pub"],
};

/** Whether one of the first five passages of the answer holds the phrase. */
export function isHit(kb: KnowledgeBase, answer: Answer, labelled: LabelledQuery): boolean {
  const items = answer.sections.flatMap((section) => section.items).slice(0, TOP);
  return items.some((item) => {
    const citation = item.citations[0];
    const passage = kb.byId
      .get(citation?.articleId ?? "")
      ?.article.passages.find((p) => p.id === citation?.passage);
    return passage !== undefined && normalizePhrase(passage.text).includes(` ${labelled.phrase} `);
  });
}

function share(hits: readonly boolean[]): number {
  return round(hits.length === 0 ? 0 : hits.filter(Boolean).length / hits.length, 3);
}

function answerOrEmpty(run: () => Answer): Answer | null {
  try {
    return run();
  } catch {
    // An empty query is a user error, not a bench failure; it still took time.
    return null;
  }
}

export function serveQueries(
  kb: KnowledgeBase,
  queries: QuerySet,
): Pick<ServeReport, "search" | "quote" | "autocomplete"> {
  // Untimed calls of each kind first, on inputs of their own, so JIT compilation is not counted
  // as a query's latency (a running bot is warm after its first few dozen commands).
  const warmup = queries.warmup ?? DEFAULT_WARMUP;
  for (const query of warmup.search) answerOrEmpty(() => answerSearch(kb, { query }));
  for (const about of warmup.quoteTopics) answerOrEmpty(() => answerQuotes(kb, { about }));
  for (const typed of warmup.prefixes) suggestActors(kb, typed);
  const hits: boolean[] = [];
  const cpuTimes: number[] = [];
  const labelledTimes = timeEach(
    queries.labelled,
    (labelled) => answerOrEmpty(() => answerSearch(kb, { query: labelled.query })),
    (labelled, answer) => hits.push(answer !== null && isHit(kb, answer, labelled)),
    cpuTimes,
  );
  const searchTimes = [
    ...timeEach(
      queries.search,
      (query) => answerOrEmpty(() => answerSearch(kb, { query })),
      undefined,
      cpuTimes,
    ),
    ...labelledTimes,
  ];
  const quoteTimes = [
    ...timeEach(queries.quoteTopics, (about) => answerOrEmpty(() => answerQuotes(kb, { about }))),
    ...timeEach(queries.quoteSpeakers, (speaker) =>
      answerOrEmpty(() => answerQuotes(kb, { speaker })),
    ),
  ];
  const autocompleteTimes = timeEach(queries.prefixes, (typed) => suggestActors(kb, typed));
  const hard = new Map<HardKind, boolean[]>();
  for (const query of queries.hard) {
    const answer = answerOrEmpty(() => answerSearch(kb, { query: query.query }));
    const list = hard.get(query.kind) ?? [];
    list.push(answer !== null && isHit(kb, answer, query));
    hard.set(query.kind, list);
  }
  return {
    search: {
      ...summarize(searchTimes),
      ...summarizeCpu(cpuTimes),
      recall5: share(hits),
      labelled: hits.length,
      recall5_hard: Object.fromEntries([...hard].map(([kind, list]) => [kind, share(list)])),
      hard_labelled: queries.hard.length,
    },
    quote: summarize(quoteTimes),
    autocomplete: summarize(autocompleteTimes),
  };
}

/**
 * The child process's work: `args` are the knowledge folder, the index file, the queries file and
 * the key the index was built with. Start-up does what buildLibrary does for a current index (hash
 * the files and sources, read and check the index) but expects the build's key, so a source edited
 * by someone else mid-run does not turn the measurement into a rebuild.
 */
export async function runServe(args: readonly string[]): Promise<ServeReport> {
  const [knowledgeDir, indexFile, queriesFile, builtKey] = args;
  if (!knowledgeDir || !indexFile || !queriesFile || !builtKey) {
    throw new Error("usage: bench-serve <knowledge dir> <index file> <queries.json> <key>");
  }
  const started = performance.now();
  // As buildLibrary starts: the key of the folder computed beside the read (a worker when the
  // index is large), both awaited before serving.
  const currentKey = startIndexKey(knowledgeDir, indexFile);
  const saved = await readPrebuiltIndex(indexFile, builtKey, {
    backgroundCheckFromEntryBytes: VERIFY_BEFORE_SERVING_BYTES,
  });
  const isCurrent = (await currentKey) === builtKey;
  const startMs = performance.now() - started;
  if (!saved.ok) throw new Error(saved.error.message);
  const library = saved.value;
  const queries = JSON.parse(readFileSync(queriesFile, "utf8")) as QuerySet;
  const served = serveQueries(library.kb, queries);
  const rssMb = peakRssMb();
  // The check of every article a bot runs behind serving (build-library.ts), timed on its own.
  const verifyStarted = performance.now();
  const problem = (await library.verify?.()) ?? null;
  return {
    start_ms: round(startMs, 0),
    index_source: "prebuilt",
    key_matches_current_code: isCurrent,
    ...served,
    rss_mb: rssMb,
    verify_ms: round(performance.now() - verifyStarted, 0),
    verify_problem: problem,
    verify_peak_rss_mb: peakRssMb(),
  };
}
