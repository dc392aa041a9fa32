/** SIGTERM/SIGINT: finish what is in flight, close connections, exit 0. */
import type { Logger } from "pino";

export interface Stoppable {
  stop?: () => Promise<void>;
  close?: () => Promise<void>;
}

/** Orchestrators send SIGKILL after their own grace (Docker: 10 s); exit on our own before it. */
const STOP_DEADLINE_MS = 9_000;

/**
 * Listens for the signal before start-up ends, so a SIGTERM that arrives while the server is
 * coming up still gets a clean stop. Resolves once started; a start-up failure rejects.
 */
export async function stopOnSignal(starting: Promise<Stoppable>, logger: Logger): Promise<void> {
  let isStopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (isStopping) return;
    isStopping = true;
    logger.info({ signal }, "shutting down");
    setTimeout(() => {
      logger.error({ deadlineMs: STOP_DEADLINE_MS }, "shutdown took too long; exiting now");
      process.exit(1);
    }, STOP_DEADLINE_MS).unref();
    starting
      .then((running) => (running.stop ?? running.close ?? (async () => undefined))())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      });
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  try {
    await starting;
  } catch (error) {
    process.removeListener("SIGTERM", stop);
    process.removeListener("SIGINT", stop);
    throw error;
  }
}

/** A start-up failure with a message written for the operator (bad token, port in use). */
export class StartupError extends Error {
  override readonly name = "StartupError";
}
