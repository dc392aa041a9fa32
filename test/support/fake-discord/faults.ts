/** Faults a test arms on a route: Discord answering 500, 429 or "Unknown interaction". */
import { answerError } from "./route-table.ts";
import type { FakeResponse, FaultKind, FaultOptions, RouteMatcher } from "./types.ts";

const UNKNOWN_INTERACTION = 10062;
const DEFAULT_RETRY_AFTER_SECONDS = 0.05;

interface ArmedFault {
  readonly matcher: RouteMatcher;
  readonly response: FakeResponse;
  remaining: number;
}

function buildFaultResponse(kind: FaultKind, options: FaultOptions): FakeResponse {
  switch (kind) {
    case "server-error":
      return answerError(500, 0, "500: Internal Server Error");
    case "unknown-interaction":
      return answerError(404, UNKNOWN_INTERACTION, "Unknown interaction");
    case "rate-limit": {
      const retryAfter = options.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS;
      return {
        status: 429,
        body: { message: "You are being rate limited.", retry_after: retryAfter, global: false },
        headers: {
          "Retry-After": String(retryAfter),
          "X-RateLimit-Limit": "1",
          "X-RateLimit-Remaining": "0",
          "X-RateLimit-Reset-After": String(retryAfter),
          "X-RateLimit-Scope": "user",
        },
      };
    }
  }
}

function matches(matcher: RouteMatcher, method: string, route: string): boolean {
  if (matcher.method !== undefined && matcher.method.toUpperCase() !== method) return false;
  return typeof matcher.route === "string" ? matcher.route === route : matcher.route.test(route);
}

/** Holds armed faults; each one answers its next `times` matching requests, then disarms. */
export class FaultBoard {
  readonly #faults: ArmedFault[] = [];

  arm(matcher: RouteMatcher, kind: FaultKind, options: FaultOptions = {}): void {
    const response = buildFaultResponse(kind, options);
    this.#faults.push({ matcher, response, remaining: options.times ?? 1 });
  }

  take(method: string, route: string): FakeResponse | undefined {
    const fault = this.#faults.find(
      (armed) => armed.remaining > 0 && matches(armed.matcher, method, route),
    );
    if (fault === undefined) return undefined;
    fault.remaining -= 1;
    return fault.response;
  }

  clear(): void {
    this.#faults.length = 0;
  }
}
