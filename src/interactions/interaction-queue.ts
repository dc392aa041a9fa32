/**
 * A bounded queue in front of the interaction work. Discord throws an answer away after 3 s, so
 * work that would start after the deadline is dropped unread (shed) instead of making every
 * later interaction late too; and when the queue is full a new arrival is shed at once.
 */
import { fail, ok } from "../model/result.ts";
import type { Result } from "../model/result.ts";

export type ShedReason = "queue-full" | "past-deadline";

export interface InteractionQueueOptions {
  /** Tasks running at once; the work is mostly CPU on one thread, so a few are enough. */
  readonly concurrency: number;
  /** Tasks waiting; an arrival beyond this is shed at once. */
  readonly maxQueued: number;
  /** A task whose interaction arrived longer ago than this is shed when its turn comes. */
  readonly deadlineMs: number;
  /** Milliseconds on a monotonic clock. */
  readonly now: () => number;
  /** Called once per shed task: the log line is the caller's. */
  readonly onShed: (reason: ShedReason, waitedMs: number) => void;
}

/**
 * Defaults. The clock starts when the interaction reaches the handler, after its bytes waited in
 * the socket and its signature was checked; 2 s leaves a second of Discord's 3 s window for that
 * and for writing the answer. 1,000 waiting is more than one process answers in 2 s.
 */
export const DEFAULT_QUEUE_LIMITS = Object.freeze({
  concurrency: 4,
  maxQueued: 1_000,
  deadlineMs: 2_000,
});

export interface InteractionQueue {
  /** Runs `task` in its turn, or sheds it; `receivedAt` is when the interaction arrived. */
  run<T>(receivedAt: number, task: () => Promise<T>): Promise<Result<T, ShedReason>>;
  /** Tasks waiting (not running). */
  waiting(): number;
}

interface Waiting {
  readonly receivedAt: number;
  readonly start: () => void;
  readonly shed: () => void;
}

export function createInteractionQueue(options: InteractionQueueOptions): InteractionQueue {
  const waiting: Waiting[] = [];
  let running = 0;
  let isScheduled = false;

  // Work starts on a later turn of the event loop, never inside the callback that received it:
  // the work is mostly synchronous CPU, so starting at once would leave the backlog unseen in
  // the sockets, with no arrival time to shed by. This way a whole round of arrivals is queued
  // (and timed) before any of it runs, and I/O gets a turn between rounds of work.
  function schedulePump(): void {
    if (isScheduled) return;
    isScheduled = true;
    setImmediate(() => {
      isScheduled = false;
      pump();
    });
  }

  function pump(): void {
    while (running < options.concurrency) {
      const next = waiting.shift();
      if (next === undefined) return;
      const waitedMs = options.now() - next.receivedAt;
      if (waitedMs > options.deadlineMs) {
        options.onShed("past-deadline", waitedMs);
        next.shed();
        continue;
      }
      next.start();
    }
  }

  return {
    run<T>(receivedAt: number, task: () => Promise<T>): Promise<Result<T, ShedReason>> {
      if (waiting.length >= options.maxQueued) {
        options.onShed("queue-full", options.now() - receivedAt);
        return Promise.resolve(fail("queue-full"));
      }
      return new Promise((resolve, reject) => {
        waiting.push({
          receivedAt,
          shed: () => resolve(fail("past-deadline")),
          start: () => {
            running += 1;
            task()
              .then((value) => resolve(ok(value)), reject)
              .finally(() => {
                running -= 1;
                schedulePump();
              });
          },
        });
        schedulePump();
      });
    },
    waiting: () => waiting.length,
  };
}

/**
 * `handle` behind the queue, for a transport that answers in its own response (HTTP): null
 * means shed, which the transport answers with 503.
 */
export function withInteractionQueue<A, T>(
  queue: InteractionQueue,
  now: () => number,
  handle: (arg: A) => Promise<T>,
): (arg: A) => Promise<T | null> {
  return async (arg) => {
    const result = await queue.run(now(), () => handle(arg));
    return result.ok ? result.value : null;
  };
}
