/**
 * Aggregates log lines that a client can cause at will (a bad signature, an aborted upload, a
 * shed interaction): the first of each kind in a window is written in full, the rest are only
 * counted, and the next one after the window says how many were left out. An attacker then
 * costs one line per kind per window, not one (with a stack) per request.
 */
import type { Logger } from "pino";

/** The messages throttled; anything else passes straight through. */
export const THROTTLED_MESSAGES: ReadonlySet<string> = new Set([
  "rejected an unverified request",
  "http request failed",
  "interaction shed",
]);
export const THROTTLE_WINDOW_MS = 10_000;

type Level = "info" | "warn" | "error";
export type LogSink = Pick<Logger, Level>;

interface Window {
  startedAt: number;
  suppressed: number;
}

export interface ThrottleOptions {
  readonly windowMs?: number;
  /** Milliseconds on a monotonic clock. */
  readonly now: () => number;
  readonly messages?: ReadonlySet<string>;
}

export function throttleLog<L extends LogSink>(logger: L, options: ThrottleOptions): L {
  const windowMs = options.windowMs ?? THROTTLE_WINDOW_MS;
  const messages = options.messages ?? THROTTLED_MESSAGES;
  const windows = new Map<string, Window>();

  const throttled = (level: Level) => (details: object, message: string) => {
    const write = logger[level].bind(logger) as (details: object, message: string) => void;
    if (!messages.has(message)) return write(details, message);
    const now = options.now();
    const window = windows.get(message);
    if (window !== undefined && now - window.startedAt < windowMs) {
      window.suppressed += 1;
      return;
    }
    const suppressed = window?.suppressed ?? 0;
    windows.set(message, { startedAt: now, suppressed: 0 });
    write(suppressed > 0 ? { ...details, suppressedBefore: suppressed } : details, message);
  };

  return new Proxy(logger, {
    get(target, property, receiver) {
      if (property === "info" || property === "warn" || property === "error") {
        return throttled(property);
      }
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}
