/**
 * npm run eval:extract [-- [--verbose] [--json]]: runs ingest + analyze on the evaluation
 * articles in test/fixtures/eval (Wikinews, CC BY 2.5) and scores them against the gold.
 * --verbose lists every miss; --json prints one JSON document for machines.
 */
import { runEvalExtract, type GroupSummary, type Summary } from "./eval-extract-run.ts";
import type { ArticleScore, Count } from "./eval-extract-score.ts";

const args = process.argv.slice(2);
const isVerbose = args.includes("--verbose");
const isJson = args.includes("--json");
const result = runEvalExtract();

const fraction = (value: Count | null): string =>
  value === null ? "-" : `${value.hit}/${value.of}`;
const twoPlaces = (value: number): string => value.toFixed(2);

function articleRow(score: ArticleScore): string[] {
  return [
    `${score.set === "pasted" || score.set === "synthetic" ? `${score.set} ` : ""}${score.id.replace(/^wn-/, "")}`,
    fraction(score.peopleRecall),
    fraction(score.peoplePrecision),
    fraction(score.quotesFound),
    fraction(score.speakersRight),
    String(score.spuriousQuotes),
    fraction(score.eventsFound),
    fraction(score.eventsRight),
    fraction(score.stances),
    `${score.titleRight ? "✓" : "✗"}${score.dateRight ? "✓" : "✗"}`,
    `${score.chromePassages.length}/${score.missingBody.length}`,
  ];
}

const both = (summary: Summary): string =>
  `${twoPlaces(summary.mean)} ${twoPlaces(summary.pooled)}`;

function groupRow(group: GroupSummary): string[] {
  return [
    `mean pooled: ${group.name}`,
    both(group.peopleRecall),
    both(group.peoplePrecision),
    both(group.quotesFound),
    both(group.speakersRight),
    String(group.spuriousQuotes),
    both(group.eventsFound),
    both(group.eventsRight),
    both(group.stances),
    `${group.titleAndDateRight}/${group.articles}`,
    `${group.chromePassages}/${group.missingBody}`,
  ];
}

const HEADER = [
  "article",
  "people R",
  "people P",
  "quotes",
  "speakers",
  "spurious",
  "ev found",
  "ev right",
  "stances",
  "title date",
  "chrome/missing",
];

function printTable(rows: readonly string[][]): void {
  const widths = HEADER.map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? "").length)),
  );
  for (const row of rows)
    console.log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  "));
}

if (isJson) {
  console.log(JSON.stringify(result, null, 2));
} else {
  printTable([
    HEADER,
    ...result.articles.map(articleRow),
    HEADER.map(() => ""),
    ...result.groups.map(groupRow),
  ]);
  console.log(
    "\nspeakers = full gold quotes found with the right speaker (the headline); means over articles" +
      " that have full quotes (quotes, speakers) or stances; 0 of 0 counts as 1 elsewhere." +
      "\nchrome/missing = passages that are no body paragraph of the clean text / body paragraphs" +
      " no passage holds.",
  );
  if (isVerbose)
    for (const score of result.articles) {
      if (score.misses.length === 0) continue;
      console.log(`\n[${score.set}] ${score.id}`);
      for (const miss of score.misses) console.log(`  ${miss}`);
    }
  else console.log("(--verbose lists every miss; --json prints everything for machines)");
}
