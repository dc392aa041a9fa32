/** The only list of CLI subcommands; add a new one here. */
import { analyzeSubcommand } from "./cli-analyze.ts";
import { askSubcommand } from "./cli-ask.ts";
import type { CliSubcommand } from "./cli-subcommand.ts";

export const CLI_SUBCOMMANDS: Readonly<Record<string, CliSubcommand>> = Object.freeze({
  analyze: analyzeSubcommand,
  ask: askSubcommand,
});
