/** The bench's Markdown table, one per corpus size. */
import type { BenchResult } from "./bench-run.ts";

const number = (value: number, digits = 0): string =>
  value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

const ms = (value: number): string =>
  value >= 100 ? `${number(value)} ms` : `${number(value, 2)} ms`;

export function formatTable(result: BenchResult): string {
  const { baseline, search, quote, autocomplete } = result;
  const rows: [string, string, string, string][] = [
    [
      "knowledge-base build (ingest + extract + index)",
      `${number(result.build_ms / 1000, 1)} s (ingest ${number(result.ingest_ms / 1000, 1)} s, extract ${number(result.extract_ms / 1000, 1)} s, index ${number(result.index_ms / 1000, 1)} s)`,
      `Fuse index ${number(baseline.build_ms / 1000, 1)} s`,
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
      `${number(result.start_ms / 1000, 2)} s (file ${number(result.index_file_mb, 1)} MB)`,
      "",
      "",
    ],
    [
      "peak RSS",
      `${number(result.rss_mb)} MB serving (${number(result.build_rss_mb)} MB building)`,
      "",
      "",
    ],
    [
      "/search p50 / p99",
      `${ms(search.p50_ms)} / ${ms(search.p99_ms)} (${search.count} queries)`,
      `${ms(baseline.p50_ms)} / ${ms(baseline.p99_ms)}`,
      `${number(result.ratio.search_p50)}× / ${number(result.ratio.search_p99)}×`,
    ],
    [
      "/quote p50 / p99",
      `${ms(quote.p50_ms)} / ${ms(quote.p99_ms)} (${quote.count} queries)`,
      "",
      `p99 ${number(result.ratio.quote_p99)}× faster than baseline p99`,
    ],
    [
      "autocomplete p50 / p99",
      `${ms(autocomplete.p50_ms)} / ${ms(autocomplete.p99_ms)} (${autocomplete.count} prefixes)`,
      "",
      "",
    ],
    [
      "recall@5 (phrase with one typo)",
      `${number(search.recall5, 3)} (${search.labelled} labelled); ${number(baseline.recall5_ours_same_queries, 3)} on the baseline's sample`,
      `${number(baseline.recall5, 3)} (${baseline.queries_run} of ${baseline.queries_planned} run in a ${number(baseline.budget_ms / 1000)} s budget)`,
      "",
    ],
  ];
  return [
    `### ${number(result.passages)} passages (${number(result.articles)} articles)`,
    "",
    "| figure | Roundtable | plain Fuse.js (ignoreLocation) | ratio |",
    "| --- | --- | --- | --- |",
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");
}
