/** Console mode: the bundled knowledge, answered on stdout; everything else goes to stderr. */
import type { Logger } from "pino";
import { findCommand } from "../../../commands/index.ts";
import { createDispatcher } from "../../interactions/dispatch.ts";
import { runConsole } from "../../transports/console.ts";
import type { Library } from "../library/build-library.ts";

export function describeLibrary(library: Library, knowledgeDir: string): string {
  const ids = library.kb.entries.map((entry) => entry.article.id);
  const lines = [
    `Loaded ${ids.length} ${ids.length === 1 ? "article" : "articles"} from ${knowledgeDir}/${ids.length > 0 ? `: ${ids.slice(0, 8).join(", ")}${ids.length > 8 ? ", …" : ""}` : ""}.`,
    `Knowledge base: ${library.index.message}.`,
    ...library.problems.map((problem) => `Skipped ${problem.message}`),
  ];
  return lines.join("\n");
}

const BANNER = [
  "Roundtable — local console. Not connected to Discord: no DISCORD_TOKEN is set.",
  'Type /help for the commands and examples (/who, /timeline, /quote speaker:"Full Name"), /next for the next page, quit to leave.',
  "To run on Discord, set DISCORD_TOKEN in .env (see the README, “Running on Discord”).",
].join("\n");

export async function startConsole(
  library: Library,
  knowledgeDir: string,
  logger: Logger,
): Promise<void> {
  const isInteractive = process.stdin.isTTY === true;
  const dispatch = createDispatcher(library.kb);
  const log = logger.child({ transport: "console" });
  process.stderr.write(`${BANNER}\n${describeLibrary(library, knowledgeDir)}\n\n`);
  await runConsole({
    input: process.stdin,
    write: (text) => void process.stdout.write(text),
    dispatch: async (request) => {
      const started = performance.now();
      const outcome = await dispatch(request);
      const ms = Math.round((performance.now() - started) * 10) / 10;
      log.debug({ command: request.name, outcome: outcome.kind, ms }, "command answered");
      return outcome;
    },
    findCommand,
    reportFailure: (outcome, line) =>
      logger.error({ err: outcome.error, errorId: outcome.errorId, line }, "command failed"),
    isInteractive,
  });
}
