/** Parses a console line such as `/quote speaker:"Rayhan Asat" about:bribe` into a request. */
import type { CommandRequest } from "../interactions/dispatch.ts";
import { isChatInputDefinition, type CommandModule } from "../../commands/define-command.ts";
import { fail, ok, type Result } from "../model/result.ts";
import { ApplicationCommandOptionType } from "discord-api-types/v10";

/** A `name:` token, a double-quoted string (curly quotes too), or a bare word. */
const TOKEN = /([a-z_]+):(?:"([^"]*)"|“([^”]*)”|(\S*))|"([^"]*)"|“([^”]*)”|(\S+)/gu;
const MAX_LINE = 4000;

interface ParsedLine {
  readonly name: string;
  readonly named: Readonly<Record<string, string>>;
  readonly bare: string;
}

/**
 * An unquoted value runs on until the next `name:`, as people type it: `/search query:shuttle
 * homes museum article:nasa`. Words before any `name:` are the bare text.
 */
function tokenize(body: string): Omit<ParsedLine, "name"> {
  const named: Record<string, string> = {};
  const bare: string[] = [];
  let open: string | null = null;
  for (const match of body.matchAll(TOKEN)) {
    const [, key, quoted, curly, word, bareQuoted, bareCurly, bareWord] = match;
    if (key !== undefined) {
      named[key] = quoted ?? curly ?? word ?? "";
      open = quoted === undefined && curly === undefined ? key : null;
    } else if (open !== null) {
      named[open] = `${named[open] ?? ""} ${bareQuoted ?? bareCurly ?? bareWord ?? ""}`.trim();
    } else bare.push(bareQuoted ?? bareCurly ?? bareWord ?? "");
  }
  return { named, bare: bare.join(" ").trim() };
}

/** The first string option takes bare words: `/who miller` means `/who name:miller`. */
function firstStringOption(command: CommandModule | undefined): string | undefined {
  if (command === undefined) return undefined;
  // A menu command takes the message text as `text`, so bare words are that text.
  if (!isChatInputDefinition(command.definition)) return "text";
  return command.definition.options?.find(
    (option) => option.type === ApplicationCommandOptionType.String,
  )?.name;
}

export function parseConsoleLine(
  line: string,
  findCommand: (name: string) => CommandModule | undefined,
): Result<CommandRequest> {
  const trimmed = line.trim().slice(0, MAX_LINE);
  const match = /^\/?([\p{L}\p{N}_-]+)\s*(.*)$/su.exec(trimmed);
  if (!match) return fail("Type a command such as /who or /help.");
  const name = (match[1] ?? "").toLowerCase();
  const { named, bare } = tokenize(match[2] ?? "");
  const options: Record<string, string> = { ...named };
  if (bare !== "") {
    const target = firstStringOption(findCommand(name));
    if (target === undefined)
      return fail(`/${name} takes no text; options are written name:value.`);
    if (target in options)
      return fail(`Give “${target}” once: as ${target}:value or as bare text.`);
    options[target] = bare;
  }
  return ok({ name, options });
}
