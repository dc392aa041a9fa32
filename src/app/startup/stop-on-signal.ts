/** SIGTERM/SIGINT: finish what is in flight, close connections, exit 0. */
import type { Logger } from "pino";

export interface Stoppable {
  stop?: () => Promise<void>;
  close?: () => Promise<void>;
}

export function stopOnSignal(running: Stoppable, logger: Logger): void {
  let isStopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (isStopping) return;
    isStopping = true;
    logger.info({ signal }, "shutting down");
    const finish = running.stop ?? running.close ?? (async () => undefined);
    finish()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      });
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

/** A start-up failure with a message written for the operator (bad token, port in use). */
export class StartupError extends Error {
  override readonly name = "StartupError";
}
