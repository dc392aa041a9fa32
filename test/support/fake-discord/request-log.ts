/** The fake's record of REST requests, and waiting for one that matches. */
import type { RecordedRequest } from "./types.ts";

interface Waiter {
  readonly predicate: (request: RecordedRequest) => boolean;
  readonly resolve: (request: RecordedRequest) => void;
  readonly reject: (error: Error) => void;
}

const DEFAULT_TIMEOUT_MS = 5_000;

export class RequestLog {
  readonly requests: RecordedRequest[] = [];
  readonly #waiters = new Set<Waiter>();

  add(request: RecordedRequest): void {
    this.requests.push(request);
    for (const waiter of this.#waiters) {
      if (waiter.predicate(request)) waiter.resolve(request);
    }
  }

  waitFor(
    predicate: (request: RecordedRequest) => boolean,
    timeoutMs = DEFAULT_TIMEOUT_MS,
  ): Promise<RecordedRequest> {
    const seen = this.requests.find(predicate);
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        predicate,
        resolve: (request) => {
          this.#finish(waiter, timer);
          resolve(request);
        },
        reject: (error) => {
          this.#finish(waiter, timer);
          reject(error);
        },
      };
      const timer = setTimeout(() => {
        const seenRoutes = this.requests.map((request) => `${request.method} ${request.route}`);
        waiter.reject(
          new Error(`no matching request within ${timeoutMs} ms; saw: ${seenRoutes.join(", ")}`),
        );
      }, timeoutMs);
      this.#waiters.add(waiter);
    });
  }

  rejectWaiters(reason: string): void {
    for (const waiter of this.#waiters) waiter.reject(new Error(reason));
  }

  #finish(waiter: Waiter, timer: NodeJS.Timeout): void {
    clearTimeout(timer);
    this.#waiters.delete(waiter);
  }
}
