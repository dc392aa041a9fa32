/**
 * npm run eval:timex [-- [--verbose] [--chrono] [path/to/shared]]: scores the date finder on the
 * MEANTIME sample (--chrono: chrono-node alone, as a baseline). The shared folder defaults to
 * ../shared beside the repository; without one (a fresh clone, a worktree elsewhere) the copy
 * in test/fixtures is read.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { findChronoDates } from "./eval-timex-chrono.ts";
import { scoreTimex, type Finding, type TimexDocument } from "./eval-timex-score.ts";

const SAMPLE_PATH = "data/timex/meantime-en-sample.json";

const args = process.argv.slice(2);
const isVerbose = args.includes("--verbose");
const isChrono = args.includes("--chrono");
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const sharedRoot = args.find((arg) => !arg.startsWith("--")) ?? resolve(repoRoot, "../shared");
const FIXTURE_PATH = "test/fixtures/events/meantime/meantime-en-sample.json";
const sharedSample = resolve(sharedRoot, SAMPLE_PATH);
const samplePath = existsSync(sharedSample) ? sharedSample : resolve(repoRoot, FIXTURE_PATH);
const sample = JSON.parse(readFileSync(samplePath, "utf8")) as {
  documents: TimexDocument[];
};

const score = isChrono
  ? scoreTimex(sample.documents, findChronoDates)
  : scoreTimex(sample.documents);
const ratio = (part: number, whole: number): string =>
  `${whole === 0 ? "n/a" : (part / whole).toFixed(3)} (${part}/${whole})`;
const correct = score.systemCount - score.falsePositiveCount;

const finderName = isChrono ? "chrono-node alone" : "Roundtable date finder";
console.log(
  `${finderName} on the MEANTIME sample: ${sample.documents.length} documents, ${score.goldCount} calendar dates`,
);
console.log(`recall         ${ratio(score.foundCount, score.goldCount)}`);
console.log(`value accuracy ${ratio(score.correctCount, score.foundCount)}`);
console.log(`precision      ${ratio(correct, score.systemCount)}`);

const list = (title: string, findings: readonly Finding[]): void => {
  console.log(`\n${title} (${findings.length})`);
  for (const finding of findings)
    console.log(
      `  [${finding.documentId}] “${finding.text}” ${finding.detail} — …${finding.context}…`,
    );
};
if (isVerbose) {
  list("Missed", score.misses);
  list("Wrong value", score.wrongValues);
  list("False positives", score.falsePositives);
} else {
  console.log(
    "\n(--verbose lists misses, wrong values and false positives; --chrono scores chrono-node alone)",
  );
}
