/**
 * npm run bench [-- --passages 1000,10000,100000] [--json] [--seed N] [--baseline-budget-ms N]
 *   [--peer-max-passages N] [--work-dir DIR] [--servers N]: builds a generated corpus of real
 * English text at each size and measures build, start-up, memory, /search, /quote and
 * autocomplete, beside the peer (FlexSearch re-ranked by Fuse.js, same queries, same run) and
 * plain Fuse.js (at 10k passages, where it can finish). With --servers N, each size also gets
 * the many-servers figures (bench-servers.ts) under `servers` and `add`. Progress goes to
 * stderr; the table (or, with --json, one JSON object per size) to stdout.
 */
import path from "node:path";
import { runBenchSize, type BenchResult } from "./bench-run.ts";
import { measurePicture } from "./bench-picture.ts";
import { runServersBench } from "./bench-servers.ts";
import { formatTable } from "./bench-table.ts";

interface BenchArguments {
  readonly sizes: readonly number[];
  readonly isJson: boolean;
  readonly seed: number;
  readonly baselineBudgetMs: number;
  readonly peerMaxPassages: number;
  readonly workDir: string;
  readonly servers: number | null;
}

function parseArguments(args: readonly string[]): BenchArguments | string {
  const values = new Map<string, string>();
  let isJson = false;
  for (let at = 0; at < args.length; at++) {
    const arg = args[at] ?? "";
    if (arg === "--json") isJson = true;
    else if (arg.startsWith("--")) values.set(arg.slice(2), args[++at] ?? "");
    else return `unknown argument ${arg}`;
  }
  const sizes = (values.get("passages") ?? "1000,10000,100000").split(",").map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size < 50)) {
    return "--passages takes whole numbers from 50, comma-separated";
  }
  const seed = Number(values.get("seed") ?? "20240501");
  const baselineBudgetMs = Number(values.get("baseline-budget-ms") ?? "900000");
  const peerMaxPassages = Number(values.get("peer-max-passages") ?? "200000");
  if (![seed, baselineBudgetMs, peerMaxPassages].every(Number.isFinite))
    return "--seed, --baseline-budget-ms and --peer-max-passages take numbers";
  const workDir = values.get("work-dir") ?? path.join(".cache", "bench");
  const servers = values.has("servers") ? Number(values.get("servers")) : null;
  if (servers !== null && (!Number.isInteger(servers) || servers < 1))
    return "--servers takes a whole number from 1";
  return { sizes, isJson, seed, baselineBudgetMs, peerMaxPassages, workDir, servers };
}

const parsed = parseArguments(process.argv.slice(2));
if (typeof parsed === "string") {
  process.stderr.write(`${parsed}\n`);
  process.exit(2);
}
const results: BenchResult[] = [];
for (const passages of parsed.sizes) {
  const result = await runBenchSize({
    passages,
    seed: parsed.seed,
    baselineBudgetMs: parsed.baselineBudgetMs,
    peerMaxPassages: parsed.peerMaxPassages,
    workDir: parsed.workDir,
    log: (line) => void process.stderr.write(`${line}\n`),
  });
  const servers =
    parsed.servers === null
      ? {}
      : await runServersBench({
          servers: parsed.servers,
          passages,
          seed: parsed.seed,
          workDir: parsed.workDir,
          log: (line) => void process.stderr.write(`${line}\n`),
        });
  // The /timeline picture of the library's largest article (issue 14): 30 renders.
  const drawn = measurePicture({ passages, seed: parsed.seed, runs: 30, log: () => undefined });
  const picture = drawn === null ? {} : { picture: drawn };
  results.push(result);
  if (parsed.isJson)
    process.stdout.write(`${JSON.stringify({ ...result, ...servers, ...picture })}\n`);
  else
    process.stdout.write(
      `${formatTable(result)}\n${JSON.stringify(servers)}\n${JSON.stringify(picture)}\n\n`,
    );
}
