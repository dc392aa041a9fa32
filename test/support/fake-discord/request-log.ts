/** The fake's record of REST requests, and waiting for one that matches. */
import { INVALID_FORM_BODY, describeErrorTree } from "./discord-error.ts";
import { isRecord } from "./entities.ts";
import type { RecordedRequest, Refusal } from "./types.ts";

interface Waiter {
  readonly predicate: (request: RecordedRequest) => boolean;
  readonly resolve: (request: RecordedRequest) => void;
  readonly reject: (error: Error) => void;
}

const DEFAULT_TIMEOUT_MS = 5_000;

export class RequestLog {
  readonly requests: RecordedRequest[] = [];
  /** Refusals no test has taken yet; closing the fake with any left fails. */
  readonly refusals: Refusal[] = [];
  readonly #waiters = new Set<Waiter>();

  add(request: RecordedRequest): void {
    this.requests.push(request);
    const refusal = readRefusal(request);
    if (refusal !== undefined) this.refusals.push(refusal);
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

  /** Hands the refusals so far to a test that expected them, and forgets them. */
  takeRefusals(): Refusal[] {
    return this.refusals.splice(0);
  }

  rejectWaiters(reason: string): void {
    for (const waiter of this.#waiters) waiter.reject(new Error(reason));
  }

  #finish(waiter: Waiter, timer: NodeJS.Timeout): void {
    clearTimeout(timer);
    this.#waiters.delete(waiter);
  }
}

function readRefusal(request: RecordedRequest): Refusal | undefined {
  const { response } = request;
  if (request.status !== 400 || !isRecord(response) || response["code"] !== INVALID_FORM_BODY) {
    return undefined;
  }
  return {
    method: request.method,
    route: request.route,
    body: request.body,
    errors: response["errors"],
    reasons: describeErrorTree(response["errors"]),
  };
}
