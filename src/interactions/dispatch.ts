/** The one place every transport calls: finds the command, checks options, runs it. */
import { randomUUID } from "node:crypto";
import type { KnowledgeBase } from "../knowledge-base/knowledge-base.ts";
import type { Answer, Choice } from "../model/answer.ts";
import { UserFacingError } from "../model/result.ts";
import type { CommandContext, OptionValue } from "../../commands/define-command.ts";
import { COMMAND_SUMMARIES, COMMANDS, findCommand } from "../../commands/index.ts";
import { validateOptions } from "./validate-options.ts";

/** What every transport turns its input into: a command name and a flat record of options. */
export interface CommandRequest {
  readonly name: string;
  readonly options: Readonly<Record<string, OptionValue>>;
  /** Set for autocomplete: the option being typed. */
  readonly focused?: string | undefined;
  /**
   * The server the request came from; null or absent for a DM or the console. Commands answer
   * from that server's library only.
   */
  readonly guildId?: string | null | undefined;
}

/** Where a request's knowledge base comes from: one for all, or one per server. */
export type KnowledgeSource = KnowledgeBase | ((guildId: string | null) => Promise<KnowledgeBase>);

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

/** A request answered to the end; planning awaits it, because an answer may wait for a store. */
export type Dispatch = (request: CommandRequest) => Promise<DispatchOutcome>;

async function runCommand(
  request: CommandRequest,
  context: CommandContext,
): Promise<DispatchOutcome> {
  const command = findCommand(request.name);
  if (!command) {
    const names = COMMANDS.map((c) => `/${c.definition.name}`).join(", ");
    throw new UserFacingError(
      "unknown-command",
      `There is no /${request.name.slice(0, 40)} command. Try ${names}.`,
    );
  }
  const checked = validateOptions(command, request.options, request.focused !== undefined);
  if (request.focused !== undefined) {
    // Autocomplete runs on half-typed input: answer with no choices rather than an error.
    if (!command.autocomplete || !checked.ok) return { kind: "choices", choices: [] };
    const value = checked.value[request.focused];
    const focused = { name: request.focused, value: typeof value === "string" ? value : "" };
    const choices = await command.autocomplete(focused, checked.value, context);
    return { kind: "choices", choices };
  }
  if (!checked.ok) throw new UserFacingError("bad-options", checked.error);
  const answer = await command.handle(checked.value, context);
  return { kind: "answer", answer, isPrivate: checked.value["public"] === false };
}

/** Never rejects: expected problems and bugs both come back as outcomes. */
export async function dispatch(
  request: CommandRequest,
  deps: DispatchDependencies,
): Promise<DispatchOutcome> {
  try {
    return await runCommand(request, deps.context);
  } catch (error) {
    if (error instanceof UserFacingError) {
      return { kind: "user-error", code: error.code, message: error.message };
    }
    return { kind: "failure", error, errorId: deps.createErrorId() };
  }
}

/**
 * A dispatch function bound to a knowledge source, as every transport uses it. With one per
 * server, each request is answered from the library of the server it came from, and only that.
 */
export function createDispatcher(source: KnowledgeSource): Dispatch {
  // Short enough to read out to a moderator; unique enough to find in the log.
  const createErrorId = () => randomUUID().slice(0, 8);
  if (typeof source !== "function") {
    const deps: DispatchDependencies = {
      context: { kb: source, commands: COMMAND_SUMMARIES },
      createErrorId,
    };
    return (request) => dispatch(request, deps);
  }
  return async (request) => {
    let kb: KnowledgeBase;
    try {
      kb = await source(request.guildId ?? null);
    } catch (error) {
      return { kind: "failure", error, errorId: createErrorId() };
    }
    return dispatch(request, { context: { kb, commands: COMMAND_SUMMARIES }, createErrorId });
  };
}
