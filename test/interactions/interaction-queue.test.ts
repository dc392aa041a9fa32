import { describe, expect, it } from "vitest";
import {
  createInteractionQueue,
  type ShedReason,
} from "../../src/interactions/interaction-queue.ts";

function setup(options: { concurrency: number; maxQueued: number; deadlineMs: number }) {
  let clock = 0;
  const shed: [ShedReason, number][] = [];
  const queue = createInteractionQueue({
    ...options,
    now: () => clock,
    onShed: (reason, waitedMs) => shed.push([reason, waitedMs]),
  });
  return { queue, shed, advance: (ms: number) => (clock += ms), at: () => clock };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** A task that finishes when the test says so, recording that it ran. */
function gate() {
  let open = (): void => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const ran: string[] = [];
  return {
    open: () => open(),
    task: (name: string) => async () => (ran.push(name), await opened, name),
    ran,
  };
}

describe("the interaction queue", () => {
  it("runs in arrival order, at most `concurrency` at once", async () => {
    const { queue } = setup({ concurrency: 1, maxQueued: 10, deadlineMs: 2_500 });
    const g = gate();
    const first = queue.run(0, g.task("a"));
    const second = queue.run(0, g.task("b"));
    expect(g.ran).toEqual([]);
    await nextTurn();
    expect(g.ran).toEqual(["a"]);
    expect(queue.waiting()).toBe(1);
    g.open();
    expect(await first).toEqual({ ok: true, value: "a" });
    expect(await second).toEqual({ ok: true, value: "b" });
  });

  it("sheds, unrun, the work whose interaction is past the deadline when its turn comes", async () => {
    const { queue, shed, advance } = setup({ concurrency: 1, maxQueued: 10, deadlineMs: 2_500 });
    const g = gate();
    const first = queue.run(0, g.task("a"));
    const late = queue.run(0, g.task("late"));
    await nextTurn();
    advance(2_600);
    const fresh = queue.run(2_600, g.task("fresh"));
    g.open();
    await first;
    expect(await late).toEqual({ ok: false, error: "past-deadline" });
    expect(await fresh).toEqual({ ok: true, value: "fresh" });
    expect(g.ran).toEqual(["a", "fresh"]);
    expect(shed).toEqual([["past-deadline", 2_600]]);
  });

  it("sheds an arrival at once when the queue is full", async () => {
    const { queue, shed } = setup({ concurrency: 1, maxQueued: 1, deadlineMs: 2_500 });
    const g = gate();
    const running = queue.run(0, g.task("a"));
    await nextTurn();
    const waiting = queue.run(0, g.task("b"));
    expect(await queue.run(0, g.task("c"))).toEqual({ ok: false, error: "queue-full" });
    expect(shed).toEqual([["queue-full", 0]]);
    g.open();
    await Promise.all([running, waiting]);
    expect(g.ran).toEqual(["a", "b"]);
  });

  it("passes a task's failure to its caller and goes on with the next", async () => {
    const { queue } = setup({ concurrency: 1, maxQueued: 10, deadlineMs: 2_500 });
    const failing = queue.run(0, () => Promise.reject(new Error("boom")));
    const next = queue.run(0, () => Promise.resolve("next"));
    await expect(failing).rejects.toThrow("boom");
    expect(await next).toEqual({ ok: true, value: "next" });
  });
});
