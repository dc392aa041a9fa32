/** Parses `<subcommand> [args…]` and hands the rest to the subcommand from the table. */
import type { CliIo, CliSubcommand } from "./cli-subcommand.ts";
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from "./cli-subcommand.ts";

/** Runs one command line against a table of subcommands; resolves to the exit code. */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  subcommands: Readonly<Record<string, CliSubcommand>>,
): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    const write = name === undefined ? io.stderr : io.stdout;
    write(formatHelp(subcommands));
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const subcommand = Object.hasOwn(subcommands, name) ? subcommands[name] : undefined;
  if (subcommand === undefined) {
    io.stderr(`Unknown command "${name.slice(0, 40)}". ${formatHelp(subcommands)}`);
    return EXIT_USAGE;
  }
  try {
    return await subcommand.run(args, io);
  } catch (error) {
    // A bug, not a user mistake: say so in one line; the stack is of no use to the reader.
    const reason = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    io.stderr(`${name}: unexpected error: ${reason.slice(0, 200)}\n`);
    return EXIT_FAILURE;
  }
}

function formatHelp(subcommands: Readonly<Record<string, CliSubcommand>>): string {
  const lines = Object.values(subcommands).map(
    (command) => `  ${command.usage.padEnd(32)} ${command.summary}`,
  );
  return ["Usage: npm run --silent cli -- <command>", "Commands:", ...lines, ""].join("\n");
}
