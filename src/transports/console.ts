/** The local console: reads command lines, answers with the same dispatch Discord uses. */
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { CommandModule } from "../../commands/define-command.ts";
import { describeOutcome } from "../interactions/describe-outcome.ts";
import type { Dispatch, DispatchOutcome } from "../interactions/dispatch.ts";
import type { Answer } from "../model/answer.ts";
import { renderConsoleText } from "../render/console-text.ts";
import { parseConsoleLine } from "./console-line.ts";

export interface ConsoleDependencies {
  readonly input: Readable;
  /** stdout: answers only. */
  readonly write: (text: string) => void;
  readonly dispatch: Dispatch;
  readonly findCommand: (name: string) => CommandModule | undefined;
  /** Logs a bug (to stderr in console mode) with its error id. */
  readonly reportFailure: (
    outcome: Extract<DispatchOutcome, { kind: "failure" }>,
    line: string,
  ) => void;
  readonly isInteractive: boolean;
}

const NEXT_PAGE_HINT = { formatNextPage: (page: number) => `type /next for page ${page}` };
const QUIT = new Set(["quit", "exit", "/quit", "/exit"]);
const PAGING = /^\/?(next|prev|more|page)\b\s*(\d*)$/i;

interface Session {
  last: Answer | null;
  page: number;
}

async function answerLine(
  line: string,
  deps: ConsoleDependencies,
  session: Session,
): Promise<string> {
  const paging = PAGING.exec(line);
  if (paging) {
    if (!session.last) return "Nothing to page through yet: ask a command first.";
    const verb = (paging[1] ?? "").toLowerCase();
    session.page =
      verb === "prev"
        ? Math.max(1, session.page - 1)
        : verb === "page"
          ? Number(paging[2] || 1)
          : session.page + 1;
    return renderConsoleText(session.last, session.page, NEXT_PAGE_HINT);
  }
  const parsed = parseConsoleLine(line, deps.findCommand);
  if (!parsed.ok) return `! ${parsed.error}`;
  const outcome = await deps.dispatch(parsed.value);
  if (outcome.kind === "answer") {
    session.last = outcome.answer;
    session.page = 1;
  } else if (outcome.kind === "failure") deps.reportFailure(outcome, line);
  const { text, isProblem } = describeOutcome(outcome, 1, NEXT_PAGE_HINT);
  return isProblem ? `! ${text}` : text;
}

/** Answers each line until the input ends or the user types quit. */
export async function runConsole(deps: ConsoleDependencies): Promise<void> {
  const lines = createInterface({ input: deps.input, terminal: false, crlfDelay: Infinity });
  const session: Session = { last: null, page: 1 };
  const prompt = (): void => (deps.isInteractive ? deps.write("> ") : undefined);
  prompt();
  for await (const raw of lines) {
    const line = raw.trim();
    if (QUIT.has(line.toLowerCase())) break;
    if (line !== "") deps.write(`${await answerLine(line, deps, session)}\n\n`);
    prompt();
  }
  lines.close();
}
