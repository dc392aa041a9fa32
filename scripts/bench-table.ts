/** The bench's Markdown table, one per corpus size. */
import type { BenchResult } from "./bench-run.ts";

const number = (value: number, digits = 0): string =>
  value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

const ms = (value: number): string =>
  value >= 100 ? `${number(value)} ms` : `${number(value, 2)} ms`;

const recallByKind = (figures: Readonly<Record<string, number>>): string =>
  Object.entries(figures)
    .map(([kind, value]) => `${kind.replace("_", " ")} ${number(value, 2)}`)
    .join(", ");

export function formatTable(result: BenchResult): string {
  const { baseline, peer, search, quote, autocomplete } = result;
  const rows: [string, string, string, string][] = [
    [
      "knowledge-base build (ingest + extract + index)",
      `${number(result.build_ms / 1000, 1)} s (ingest ${number(result.ingest_ms / 1000, 1)} s, extract ${number(result.extract_ms / 1000, 1)} s, index ${number(result.index_ms / 1000, 1)} s)`,
      peer === null ? "" : `index ${number(peer.build_ms / 1000, 1)} s`,
      "",
    ],
    [
      "extraction throughput",
      `${number(result.articles_per_s, 1)} articles/s (${number(result.passages_per_s)} passages/s)`,
      "",
      "",
    ],
    [
      "start-up from the prebuilt index",
      `${number(result.start_ms / 1000, 2)} s (file ${number(result.index_file_mb, 1)} MB; every article checked ${number(result.verify_ms / 1000, 1)} s later)`,
      "",
      "",
    ],
    [
      "peak RSS",
      `${number(result.rss_mb)} MB serving (${number(result.build_rss_mb)} MB building)`,
      peer === null ? "" : `${number(peer.process_rss_mb)} MB (with Roundtable's build)`,
      "",
    ],
    [
      "/search p50 / p99",
      `${ms(search.p50_ms)} / ${ms(search.p99_ms)} (${search.count} queries; CPU ${ms(search.cpu_p50_ms)} / ${ms(search.cpu_p99_ms)})`,
      peer === null
        ? "not run"
        : `${ms(peer.search.p50_ms)} / ${ms(peer.search.p99_ms)} (CPU ${ms(peer.search.cpu_p50_ms)} / ${ms(peer.search.cpu_p99_ms)})`,
      result.ratio.peer_search_p50 === null
        ? ""
        : `${number(result.ratio.peer_search_p50, 2)}× / ${number(result.ratio.peer_search_p99 ?? 0, 2)}× the peer's`,
    ],
    [
      "recall@5 (phrase with one typo)",
      `${number(search.recall5, 3)} (${search.labelled} labelled)`,
      peer === null ? "" : number(peer.search.recall5, 3),
      "",
    ],
    [
      `recall@5, harder (${search.hard_labelled} labelled)`,
      recallByKind(search.recall5_hard),
      peer === null ? "" : recallByKind(peer.search.recall5_hard),
      "",
    ],
    [
      "/quote p50 / p99",
      `${ms(quote.p50_ms)} / ${ms(quote.p99_ms)} (${quote.count} queries)`,
      "",
      "",
    ],
    [
      "autocomplete p50 / p99",
      `${ms(autocomplete.p50_ms)} / ${ms(autocomplete.p99_ms)} (${autocomplete.count} prefixes)`,
      "",
      "",
    ],
    [
      `plain Fuse.js at ${number(baseline.passages)} passages, p50 / p99 (recall@5)`,
      `${ms(baseline.ours.p50_ms)} / ${ms(baseline.ours.p99_ms)} (${number(baseline.ours.recall5, 2)})`,
      `${ms(baseline.p50_ms)} / ${ms(baseline.p99_ms)} (${number(baseline.recall5, 2)}); ${baseline.queries_run} of ${baseline.queries_planned} queries run`,
      `${number(result.ratio.baseline_search_p50)}× / ${number(result.ratio.baseline_search_p99)}× slower`,
    ],
  ];
  return [
    `### ${number(result.passages)} passages (${number(result.articles)} articles)`,
    "",
    "| figure | Roundtable | peer: FlexSearch + Fuse.js | ratio |",
    "| --- | --- | --- | --- |",
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");
}
