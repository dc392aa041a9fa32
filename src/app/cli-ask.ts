/** `npm run cli -- ask "/perspectives" [--knowledge DIR] [--page N]`: one answer, then exit. */
import { findCommand } from "../../commands/index.ts";
import { renderConsoleText } from "../render/console-text.ts";
import { parseConsoleLine } from "../transports/console-line.ts";
import { buildLibrary } from "./build-library.ts";
import { createDispatcher } from "./command-context.ts";
import type { CliIo, CliSubcommand } from "./cli-subcommand.ts";
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from "./cli-subcommand.ts";

const DEFAULT_KNOWLEDGE_DIR = "knowledge";

interface AskArguments {
  readonly line: string;
  readonly knowledgeDir: string;
  readonly page: number;
}

function parseArguments(args: readonly string[]): AskArguments | string {
  const rest = [...args];
  let knowledgeDir = DEFAULT_KNOWLEDGE_DIR;
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
  const parsed = parseArguments(args);
  if (typeof parsed === "string") {
    io.stderr(`${parsed}\n`);
    return EXIT_USAGE;
  }
  const library = await buildLibrary(parsed.knowledgeDir);
  for (const problem of library.problems) io.stderr(`Skipped ${problem.message}\n`);
  const request = parseConsoleLine(parsed.line, findCommand);
  if (!request.ok) {
    io.stderr(`${request.error}\n`);
    return EXIT_USAGE;
  }
  const outcome = createDispatcher(library.kb)(request.value);
  switch (outcome.kind) {
    case "answer":
      io.stdout(
        `${renderConsoleText(outcome.answer, parsed.page, {
          formatNextPage: (page) => `add --page ${page}`,
        })}\n`,
      );
      return EXIT_OK;
    case "choices":
      io.stdout(`${outcome.choices.map((choice) => choice.name).join("\n")}\n`);
      return EXIT_OK;
    case "user-error":
      io.stderr(`${outcome.message}\n`);
      return EXIT_FAILURE;
    case "failure":
      io.stderr(`Something went wrong (error id ${outcome.errorId}): ${String(outcome.error)}\n`);
      return EXIT_FAILURE;
  }
}

export const askSubcommand: CliSubcommand = {
  usage: 'ask "/command options…" [--knowledge DIR] [--page N]',
  summary: "Answer one slash command from the knowledge folder, as the console would",
  run: runAsk,
};
