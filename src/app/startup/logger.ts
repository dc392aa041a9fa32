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

export function createLogger(options: LoggerOptions): Logger {
  const destination =
    typeof options.destination === "string"
      ? pino.destination({ fd: FILE_DESCRIPTOR[options.destination], sync: true })
      : options.destination;
  return pino(
    {
      level: options.level,
      redact: { paths: [...REDACTED_PATHS], censor: "[redacted]" },
      base: { service: "roundtable" },
    },
    destination,
  );
}
