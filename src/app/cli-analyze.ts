/** `analyze <file> [--json]`: what ingest and extraction read from one article file. */
import { parseArgs } from "node:util";
import { analyzeArticle } from "../extract/analyze-article.ts";
import type { Analysis } from "../model/analysis.ts";
import type { Article } from "../model/article.ts";
import { formatAnalyzeReport } from "./cli-analyze-report.ts";
import { toAnalyzeJson } from "./cli-analyze-json.ts";
import type { CliIo, CliSubcommand } from "./cli-subcommand.ts";
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from "./cli-subcommand.ts";
import { loadArticleFile } from "./load-knowledge.ts";

const USAGE = "analyze <file> [--json]";

type Analyze = (article: Article) => Analysis;

/** Reads the file, analyses it and prints a report, or exactly one JSON document with --json. */
export async function runAnalyze(
  args: readonly string[],
  io: CliIo,
  analyze: Analyze = analyzeArticle,
): Promise<number> {
  const parsed = parseAnalyzeArgs(args);
  if (typeof parsed === "string") {
    io.stderr(`${parsed}\nUsage: npm run --silent cli -- ${USAGE}\n`);
    return EXIT_USAGE;
  }
  // A file named on the command line is the user's own choice, so a link to it is fine here.
  const loaded = await loadArticleFile(parsed.file, parsed.file, { isFollowingSymlinks: true });
  if (!loaded.ok) {
    io.stderr(`${loaded.error.message}\n`);
    return EXIT_FAILURE;
  }
  const analysis = analyze(loaded.value);
  const output = parsed.isJson
    ? `${JSON.stringify(toAnalyzeJson(loaded.value, analysis), null, 2)}\n`
    : formatAnalyzeReport(loaded.value, analysis);
  io.stdout(output);
  return EXIT_OK;
}

function parseAnalyzeArgs(args: readonly string[]): { file: string; isJson: boolean } | string {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { json: { type: "boolean", default: false } },
      allowPositionals: true,
      strict: true,
    });
    const [file, ...extra] = positionals;
    if (file === undefined) return "analyze needs a file to read.";
    if (extra.length > 0)
      return `analyze reads one file; also got ${extra.join(" ").slice(0, 80)}.`;
    return { file, isJson: values.json };
  } catch (error) {
    return error instanceof Error
      ? (error.message.split("\n")[0] ?? "Bad arguments.")
      : "Bad arguments.";
  }
}

/** The subcommand; tests pass a fixed `analyze` to check output without the real extractors. */
export function createAnalyzeSubcommand(analyze: Analyze = analyzeArticle): CliSubcommand {
  return {
    usage: USAGE,
    summary: "show what Roundtable reads from one article file",
    run: (args, io) => runAnalyze(args, io, analyze),
  };
}

/** `analyze` with the real extractors. */
export const analyzeSubcommand: CliSubcommand = createAnalyzeSubcommand();
