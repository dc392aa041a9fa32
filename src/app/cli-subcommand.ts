/** What a `npm run cli -- <name>` subcommand is: a name in the table, a usage line and a runner. */

/** Where a subcommand writes: stdout holds only the answer, stderr everything else. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** One entry of the subcommand table. */
export interface CliSubcommand {
  /** "analyze <file> [--json]" */
  readonly usage: string;
  /** One line for the help text. */
  readonly summary: string;
  /** Runs with the arguments after the subcommand name; resolves to the process exit code. */
  readonly run: (args: readonly string[], io: CliIo) => Promise<number>;
}

/** Exit codes: success, a bad input file, a bad command line. */
export const EXIT_OK = 0;
/** The input could not be used: a missing, unreadable or bad file. */
export const EXIT_FAILURE = 1;
/** The command line itself was wrong. */
export const EXIT_USAGE = 2;
