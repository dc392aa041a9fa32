/** The dispatch dependencies every transport shares, built once from the knowledge base. */
import { randomUUID } from "node:crypto";
import { COMMAND_SUMMARIES, findCommand } from "../../commands/index.ts";
import type { KnowledgeBase } from "../knowledge-base/knowledge-base.ts";
import type { CommandRequest } from "./command-request.ts";
import { dispatch, type DispatchDependencies, type DispatchOutcome } from "./dispatch.ts";

export function createDispatchDependencies(kb: KnowledgeBase): DispatchDependencies {
  return {
    context: { kb, commands: COMMAND_SUMMARIES },
    // Short enough to read out to a moderator; unique enough to find in the log.
    createErrorId: () => randomUUID().slice(0, 8),
  };
}

/** A dispatch function bound to one knowledge base. */
export function createDispatcher(kb: KnowledgeBase): (request: CommandRequest) => DispatchOutcome {
  const deps = createDispatchDependencies(kb);
  return (request) => dispatch(request, deps);
}

export { findCommand };
