/**
 * `npm run cli -- <subcommand>`: the table of subcommands and both of them. `ask` answers one
 * slash command as the console would; `analyze` shows what Roundtable reads from one file.
 */
import { parseArgs } from "node:util";
import { findCommand } from "../../../commands/index.ts";
import { analyzeArticle } from "../../extract/analyze-article.ts";
import { describeOutcome } from "../../interactions/describe-outcome.ts";
import { createDispatcher } from "../../interactions/dispatch.ts";
import type { Analysis } from "../../model/analysis.ts";
import type { Article } from "../../model/article.ts";
import { parseConsoleLine } from "../../transports/console-line.ts";
import { buildLibrary } from "../library/build-library.ts";
import { loadArticleFile } from "../library/load-knowledge.ts";
import { formatAnalyzeReport, toAnalyzeJson } from "./analyze-output.ts";

/** Where a subcommand writes: stdout holds only the answer, stderr everything else. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** One entry of the subcommand table. */
export interface CliSubcommand {
  /** "analyze <file> [--json]" */
  readonly usage: string;
  /** One line for the help text. */
  readonly summary: string;
  /** Runs with the arguments after the subcommand name; resolves to the process exit code. */
  readonly run: (args: readonly string[], io: CliIo) => Promise<number>;
}

/** Exit codes: success; the input could not be used (a bad file, a failed command); a bad command line. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** Runs one command line against a table of subcommands; resolves to the exit code. */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  subcommands: Readonly<Record<string, CliSubcommand>>,
): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    const write = name === undefined ? io.stderr : io.stdout;
    write(formatHelp(subcommands));
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const subcommand = Object.hasOwn(subcommands, name) ? subcommands[name] : undefined;
  if (subcommand === undefined) {
    io.stderr(`Unknown command "${name.slice(0, 40)}". ${formatHelp(subcommands)}`);
    return EXIT_USAGE;
  }
  try {
    return await subcommand.run(args, io);
  } catch (error) {
    // A bug, not a user mistake: say so in one line; the stack is of no use to the reader.
    const reason = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    io.stderr(`${name}: unexpected error: ${reason.slice(0, 200)}\n`);
    return EXIT_FAILURE;
  }
}

function formatHelp(subcommands: Readonly<Record<string, CliSubcommand>>): string {
  const lines = Object.values(subcommands).map(
    (command) => `  ${command.usage.padEnd(32)} ${command.summary}`,
  );
  return ["Usage: npm run --silent cli -- <command>", "Commands:", ...lines, ""].join("\n");
}

const ASK_USAGE = 'ask "/command options…" [--knowledge DIR] [--page N]';

interface AskArguments {
  readonly line: string;
  readonly knowledgeDir: string;
  readonly page: number;
}

// Hand-rolled rather than parseArgs: words of the slash command may start with "--" too.
function parseAskArguments(args: readonly string[]): AskArguments | string {
  const rest = [...args];
  let knowledgeDir = "knowledge";
  let page = 1;
  const words: string[] = [];
  while (rest.length > 0) {
    const arg = rest.shift() ?? "";
    if (arg === "--knowledge") knowledgeDir = rest.shift() ?? "";
    else if (arg === "--page") page = Number(rest.shift());
    else words.push(arg);
  }
  if (words.length === 0) return 'Give a command, e.g. ask "/who miller".';
  if (knowledgeDir === "") return "--knowledge needs a folder.";
  if (!Number.isInteger(page) || page < 1) return "--page needs a whole number from 1.";
  return { line: words.join(" "), knowledgeDir, page };
}

async function runAsk(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseAskArguments(args);
  if (typeof parsed === "string") return usage(io, parsed);
  const library = await buildLibrary(parsed.knowledgeDir);
  for (const problem of library.problems) io.stderr(`Skipped ${problem.message}\n`);
  const request = parseConsoleLine(parsed.line, findCommand);
  if (!request.ok) return usage(io, request.error);
  const outcome = await createDispatcher(library.kb)(request.value);
  const { text, isProblem } = describeOutcome(outcome, parsed.page, {
    formatNextPage: (next) => `add --page ${next}`,
  });
  // The CLI's reader is the operator, so a bug's own message follows its id.
  const detail = outcome.kind === "failure" ? ` ${String(outcome.error)}` : "";
  (isProblem ? io.stderr : io.stdout)(`${text}${detail}\n`);
  return isProblem ? EXIT_FAILURE : EXIT_OK;
}

function usage(io: CliIo, problem: string): number {
  io.stderr(`${problem}\n`);
  return EXIT_USAGE;
}

const ANALYZE_USAGE = "analyze <file> [--json]";

type Analyze = (article: Article) => Analysis;

/** Reads the file, analyses it and prints a report, or exactly one JSON document with --json. */
async function runAnalyze(args: readonly string[], io: CliIo, analyze: Analyze): Promise<number> {
  const parsed = parseAnalyzeArgs(args);
  if (typeof parsed === "string")
    return usage(io, `${parsed}\nUsage: npm run --silent cli -- ${ANALYZE_USAGE}`);
  // A file named on the command line is the user's own choice, so a link to it is fine here.
  const loaded = await loadArticleFile(parsed.file, parsed.file, { isFollowingSymlinks: true });
  if (!loaded.ok) {
    io.stderr(`${loaded.error.message}\n`);
    return EXIT_FAILURE;
  }
  const analysis = analyze(loaded.value);
  io.stdout(
    parsed.isJson
      ? `${JSON.stringify(toAnalyzeJson(loaded.value, analysis), null, 2)}\n`
      : formatAnalyzeReport(loaded.value, analysis),
  );
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

/** `analyze`; tests pass a fixed `analyze` to check output without the real extractors. */
export function createAnalyzeSubcommand(analyze: Analyze = analyzeArticle): CliSubcommand {
  return {
    usage: ANALYZE_USAGE,
    summary: "show what Roundtable reads from one article file",
    run: (args, io) => runAnalyze(args, io, analyze),
  };
}

/** The only list of CLI subcommands; add a new one here. */
export const CLI_SUBCOMMANDS: Readonly<Record<string, CliSubcommand>> = Object.freeze({
  analyze: createAnalyzeSubcommand(),
  ask: {
    usage: ASK_USAGE,
    summary: "Answer one slash command from the knowledge folder, as the console would",
    run: runAsk,
  },
});
