/** Entry point of `npm run cli -- <command>`: real stdout/stderr, exit code from the command. */
import { CLI_SUBCOMMANDS, runCli } from "../cli/run-cli.ts";

const io = {
  stdout: (text: string) => void process.stdout.write(text),
  stderr: (text: string) => void process.stderr.write(text),
};

// exitCode, not exit(): let stdout drain so a large JSON document is never cut short.
process.exitCode = await runCli(process.argv.slice(2), io, CLI_SUBCOMMANDS);
