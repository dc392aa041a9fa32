/** The only list of commands: deploy, every transport and the tests read it. */
import type { CommandModule, CommandSummary } from "./define-command.ts";
import { discuss } from "./discuss.ts";
import { help } from "./help.ts";
import { perspectives } from "./perspectives.ts";
import { quote } from "./quote.ts";
import { search } from "./search.ts";
import { source } from "./source.ts";
import { summary } from "./summary.ts";
import { timeline } from "./timeline.ts";
import { who } from "./who.ts";

export const COMMANDS: readonly CommandModule[] = Object.freeze([
  who,
  quote,
  timeline,
  perspectives,
  summary,
  search,
  source,
  discuss,
  help,
]);

export const COMMAND_SUMMARIES: readonly CommandSummary[] = COMMANDS.map((command) => ({
  name: command.definition.name,
  description: command.definition.description,
  example: command.example,
}));

export function findCommand(name: string): CommandModule | undefined {
  return COMMANDS.find((command) => command.definition.name === name);
}
