/** Console mode: the bundled knowledge, answered on stdout; everything else goes to stderr. */
import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import { buildKnowledgeBase } from "../../knowledge-base/build-knowledge-base.ts";
import { findCommand } from "../../../commands/index.ts";
import type { CommandModule } from "../../../commands/define-command.ts";
import type { CommandRequest, DispatchOutcome } from "../../interactions/dispatch.ts";
import { createDispatcher } from "../../interactions/dispatch.ts";
import { UserFacingError } from "../../model/result.ts";
import { CONSOLE_GUILD, createConsoleLibraryCommand } from "../library/console-library.ts";
import type { ServerLibraries } from "../library/server-libraries.ts";
import { runConsole } from "../../transports/console.ts";
import { saveTimelinePicture } from "../cli/save-timeline-picture.ts";
import type { Library } from "../library/build-library.ts";

export function describeLibrary(library: Library, knowledgeDir: string): string {
  const ids = library.kb.entries.map((entry) => entry.article.id);
  const lines = [
    `Loaded ${ids.length} ${ids.length === 1 ? "article" : "articles"} from ${knowledgeDir}/${ids.length > 0 ? `: ${ids.slice(0, 8).join(", ")}${ids.length > 8 ? ", …" : ""}` : ""}.`,
    `Knowledge base: ${library.index.message}.`,
    ...library.problems.map((problem) => `Skipped ${problem.message}`),
    ...(library.stillReading ?? []).map((file) => `Still being read: ${file} (answered once read)`),
  ];
  return lines.join("\n");
}

// /library reads the store, not a knowledge base; its context needs one all the same.
const EMPTY_CONTEXT_KB = buildKnowledgeBase([]);

const BANNER = [
  "Roundtable — local console. Not connected to Discord: no DISCORD_TOKEN is set.",
  'Type /help for the commands and examples (/who, /timeline, /quote speaker:"Full Name"), /next for the next page, quit to leave.',
  "To run on Discord, set DISCORD_TOKEN in .env (see the README, “Running on Discord”).",
].join("\n");

export async function startConsole(
  library: Library,
  knowledgeDir: string,
  logger: Logger,
  libraries?: ServerLibraries,
): Promise<void> {
  const isInteractive = process.stdin.isTTY === true;
  const answerCommand = createDispatcher(library.knowledgeFor ?? library.kb);
  // The console is one server, "console": /library adds to it, and every command reads it.
  const libraryCommand =
    libraries === undefined ? undefined : createConsoleLibraryCommand(libraries);
  const dispatch = (request: CommandRequest): Promise<DispatchOutcome> =>
    request.name === "library" && libraryCommand !== undefined
      ? runConsoleLibrary(libraryCommand, request)
      : answerCommand({ ...request, guildId: CONSOLE_GUILD });
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
    findCommand: (name) => (name === "library" ? libraryCommand : findCommand(name)),
    reportFailure: (outcome, line) =>
      logger.error({ err: outcome.error, errorId: outcome.errorId, line }, "command failed"),
    isInteractive,
    savePicture: (answer) =>
      saveTimelinePicture(library.knowledgeFor ?? library.kb, answer, undefined, CONSOLE_GUILD),
  });
}

async function runConsoleLibrary(
  command: CommandModule,
  request: CommandRequest,
): Promise<DispatchOutcome> {
  try {
    return {
      kind: "answer",
      answer: await command.handle(request.options, { kb: EMPTY_CONTEXT_KB, commands: [] }),
      isPrivate: false,
    };
  } catch (error) {
    if (error instanceof UserFacingError)
      return { kind: "user-error", code: error.code, message: error.message };
    return { kind: "failure", error, errorId: randomUUID().slice(0, 8) };
  }
}
