/** The one place every transport calls: finds the command, checks options, runs it. */
import type { Answer, Choice } from "../model/answer.ts";
import { UserFacingError } from "../model/result.ts";
import type { CommandContext } from "../../commands/define-command.ts";
import { findCommand, COMMANDS } from "../../commands/index.ts";
import type { CommandRequest } from "./command-request.ts";
import { validateOptions } from "./validate-options.ts";

export type DispatchOutcome =
  | { readonly kind: "answer"; readonly answer: Answer; readonly isPrivate: boolean }
  | { readonly kind: "choices"; readonly choices: readonly Choice[] }
  /** An expected problem: shown privately to the asker. */
  | { readonly kind: "user-error"; readonly code: string; readonly message: string }
  /** A bug: the adapter logs `error` with `errorId` and shows a short generic message. */
  | { readonly kind: "failure"; readonly error: unknown; readonly errorId: string };

export interface DispatchDependencies {
  readonly context: CommandContext;
  /** Makes the id shown to the user and written to the log for a failure. */
  readonly createErrorId: () => string;
}

function runCommand(request: CommandRequest, context: CommandContext): DispatchOutcome {
  const command = findCommand(request.name);
  if (!command) {
    const names = COMMANDS.map((c) => `/${c.definition.name}`).join(", ");
    throw new UserFacingError(
      "unknown-command",
      `There is no /${request.name.slice(0, 40)} command. Try ${names}.`,
    );
  }
  const checked = validateOptions(command, request.options);
  if (request.focused !== undefined) {
    // Autocomplete runs on half-typed input: answer with no choices rather than an error.
    if (!command.autocomplete || !checked.ok) return { kind: "choices", choices: [] };
    const value = checked.value[request.focused];
    const focused = { name: request.focused, value: typeof value === "string" ? value : "" };
    return { kind: "choices", choices: command.autocomplete(focused, checked.value, context) };
  }
  if (!checked.ok) throw new UserFacingError("bad-options", checked.error);
  const answer = command.handle(checked.value, context);
  return { kind: "answer", answer, isPrivate: checked.value["public"] === false };
}

/** Never throws: expected problems and bugs both come back as outcomes. */
export function dispatch(request: CommandRequest, deps: DispatchDependencies): DispatchOutcome {
  try {
    return runCommand(request, deps.context);
  } catch (error) {
    if (error instanceof UserFacingError) {
      return { kind: "user-error", code: error.code, message: error.message };
    }
    return { kind: "failure", error, errorId: deps.createErrorId() };
  }
}
