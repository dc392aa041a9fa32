/**
 * Issue 13 #7: a burst of interactions that costs more CPU than fits in Discord's 3 s window.
 * With the queue in front of the work, whatever is answered is answered in time, and the rest is
 * shed with 503 without being worked on (before, every one was answered, most of them late).
 * Bounded: 300 requests, on 127.0.0.1 only.
 */
import { describe, expect, it } from "vitest";
import { runBurst } from "../support/http-burst.ts";

describe("a burst larger than the 3 s window", () => {
  it("sheds with 503 what cannot start in time, instead of answering it late", async () => {
    // 300 × 15 ms = 4.5 s of work: more than fits before the 2.5 s deadline.
    const report = await runBurst({ count: 300, extraWorkMs: 15, isQueued: true });
    process.stdout.write(`burst: ${JSON.stringify(report)}\n`);
    expect(report.other).toBe(0);
    expect(report.answered).toBeGreaterThan(0);
    // The work that would have made the tail late is shed instead of done.
    expect(report.shed).toBeGreaterThan(0);
    // The queue's clock starts when a request reaches the handler; on a machine loaded far past
    // its cores, bytes sit in the socket before that, so some answers can still be late, but the
    // tail is cut: before the queue all 300 were answered, the slowest after 9 s.
    expect(report.slowestAnsweredMs).toBeLessThan(6_000);
  }, 60_000);
});
