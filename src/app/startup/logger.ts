/** The one pino logger, created at startup and passed down; secrets are redacted at the source. */
import { pino } from "pino";
import type { DestinationStream, Logger } from "pino";
import type { LogLevel } from "./config.ts";

export type { Logger } from "pino";

export interface LoggerOptions {
  readonly level: LogLevel;
  /**
   * Console mode passes "stderr" so stdout holds only answers; servers use "stdout".
   * Tests pass a stream to read what was logged.
   */
  readonly destination: "stdout" | "stderr" | DestinationStream;
  /** Strings never to print, wherever they turn up (the bot token, in a message or a URL). */
  readonly secrets?: readonly (string | undefined)[];
}

/**
 * Wherever a token or an Authorization header could sit in a logged object: at the top, one or
 * two levels down, or inside logged request headers. Pino's paths do not match at any depth.
 */
export const REDACTED_PATHS: readonly string[] = [
  "token",
  "*.token",
  "*.*.token",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "*.headers.authorization",
  "headers.Authorization",
  "*.headers.Authorization",
  "DISCORD_TOKEN",
  "*.DISCORD_TOKEN",
];

const FILE_DESCRIPTOR = { stdout: 1, stderr: 2 } as const;
const CENSOR = "[redacted]";
/**
 * An interaction's token sits in the URL of its callback and webhook calls
 * (`/interactions/<id>/<token>/callback`, `/webhooks/<app>/<token>/messages/@original`), which
 * errors carry in their message and `url`; it lets anyone post as the bot for 15 minutes.
 */
const TOKEN_IN_PATH = /(\/(?:interactions|webhooks)\/[^/\s"\\]{1,64}\/)[^/\s"\\?#]{1,2000}/g;
/** Shorter strings are not secrets worth a scan of every line (and would censor ordinary words). */
const MIN_SECRET_LENGTH = 8;

/** The line with every token in a URL path, and every known secret, replaced. */
export function redactSecrets(line: string, secrets: readonly string[] = []): string {
  let clean = line.replace(TOKEN_IN_PATH, `$1${CENSOR}`);
  for (const secret of secrets) clean = clean.split(secret).join(CENSOR);
  return clean;
}

export function createLogger(options: LoggerOptions): Logger {
  const destination =
    typeof options.destination === "string"
      ? pino.destination({ fd: FILE_DESCRIPTOR[options.destination], sync: true })
      : options.destination;
  const secrets = (options.secrets ?? []).filter(
    (secret): secret is string => secret !== undefined && secret.length >= MIN_SECRET_LENGTH,
  );
  return pino(
    {
      level: options.level,
      redact: { paths: [...REDACTED_PATHS], censor: CENSOR },
      base: { service: "roundtable" },
      // Keys are redacted above; this catches tokens inside strings: URLs, error messages.
      hooks: { streamWrite: (line) => redactSecrets(line, secrets) },
    },
    destination,
  );
}
