/** The only list of commands: deploy, every transport and the tests read it. */
import { addToLibrary } from "./add-to-library.ts";
import { checkAgainstArticles } from "./check-against-articles.ts";
import type { CommandModule, CommandSummary } from "./define-command.ts";
import { discuss } from "./discuss.ts";
import { help } from "./help.ts";
import { library } from "./library.ts";
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
  checkAgainstArticles,
  library,
  addToLibrary,
]);

/** "Check against articles" → "check-against-articles": how the console types a menu command. */
export function slugifyCommandName(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, "-");
}

/** What each message menu does, for /help (menu commands carry no description). */
const MENU_PURPOSES: Readonly<Record<string, string>> = {
  "Check against articles": "the passages closest to a message",
  "Add to library": "adds the message's link or .txt/.md/.html file to this server's library",
};

export const COMMAND_SUMMARIES: readonly CommandSummary[] = COMMANDS.map((command) => ({
  name: slugifyCommandName(command.definition.name),
  description:
    "description" in command.definition && command.definition.description !== ""
      ? command.definition.description
      : `Message menu (Apps → ${command.definition.name}): ${MENU_PURPOSES[command.definition.name] ?? "acts on a message"}`,
  example: command.example,
}));

/** By the name Discord sends, or by its slug as typed in the console. */
export function findCommand(name: string): CommandModule | undefined {
  return COMMANDS.find(
    (command) =>
      command.definition.name === name || slugifyCommandName(command.definition.name) === name,
  );
}
