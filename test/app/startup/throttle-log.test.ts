import { describe, expect, it } from "vitest";
import type { Logger } from "pino";
import { throttleLog } from "../../../src/app/startup/throttle-log.ts";

function recorder() {
  const lines: [string, object, string][] = [];
  const sink = {
    info: (details: object, message: string) => void lines.push(["info", details, message]),
    warn: (details: object, message: string) => void lines.push(["warn", details, message]),
    error: (details: object, message: string) => void lines.push(["error", details, message]),
  };
  return { lines, sink: sink as unknown as Logger };
}

describe("throttleLog", () => {
  it("writes one bad-signature line per window and counts the rest into the next", () => {
    const { lines, sink } = recorder();
    let clock = 0;
    const log = throttleLog(sink, { now: () => clock, windowMs: 10_000 });
    for (let i = 0; i < 500; i++) {
      log.warn({ problem: "bad signature" }, "rejected an unverified request");
      clock += 10;
    }
    // 500 lines over 5 s: one line written, 499 counted.
    expect(lines).toEqual([
      ["warn", { problem: "bad signature" }, "rejected an unverified request"],
    ]);
    clock = 20_000;
    log.warn({ problem: "bad signature" }, "rejected an unverified request");
    expect(lines[1]).toEqual([
      "warn",
      { problem: "bad signature", suppressedBefore: 499 },
      "rejected an unverified request",
    ]);
  });

  it("keeps each kind apart and lets every other line through", () => {
    const { lines, sink } = recorder();
    const log = throttleLog(sink, { now: () => 0 });
    log.error({ err: "aborted" }, "http request failed");
    log.error({ err: "aborted" }, "http request failed");
    log.warn({}, "rejected an unverified request");
    log.info({ latencyMs: 3 }, "interaction handled");
    log.info({ latencyMs: 4 }, "interaction handled");
    expect(lines.map(([level, , message]) => `${level} ${message}`)).toEqual([
      "error http request failed",
      "warn rejected an unverified request",
      "info interaction handled",
      "info interaction handled",
    ]);
  });
});
