import {
  InteractionResponseType,
  MessageFlags,
  type APIInteraction,
  type APIInteractionResponse,
} from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import type { InteractionPort } from "../../src/interactions/interaction-plan.ts";
import { runPlan, type PlanRunner } from "../../src/interactions/run-plan.ts";
import { buildChatInputInteraction } from "../support/fake-discord/index.ts";
import { createIdlePort } from "../support/idle-port.ts";

const interaction = buildChatInputInteraction(
  { id: "1700000000000000001", token: "t" },
  "who",
) as APIInteraction;
const port: InteractionPort = createIdlePort();

function createRunner(overrides: Partial<PlanRunner>) {
  const sent: APIInteractionResponse[] = [];
  const logged: { level: string; details: Record<string, unknown>; message: string }[] = [];
  const log = (level: string) => (details: object, message: string) =>
    void logged.push({ level, details: details as Record<string, unknown>, message });
  const runner: PlanRunner = {
    plan: async () => ({
      response: { type: InteractionResponseType.Pong },
      log: { command: "who", outcome: "answer" },
    }),
    respond: async (_i, response) => void sent.push(response),
    createPort: () => port,
    logger: { info: log("info"), warn: log("warn"), error: log("error") },
    now: () => 0,
    ...overrides,
  };
  return { runner, sent, logged };
}

describe("runPlan", () => {
  it("turns a bug while planning into a private reply with an error id that is also logged", async () => {
    const { runner, sent, logged } = createRunner({
      plan: () => {
        throw new Error("boom");
      },
    });
    await runPlan(interaction, runner);
    const data = (sent[0] as { data: { content: string; flags: number } }).data;
    expect(data.flags).toBe(MessageFlags.Ephemeral);
    expect(data.content).not.toContain("boom");
    const failure = logged.find((line) => line.message === "command failed");
    expect(failure?.details["errorId"]).toMatch(/^[0-9a-f]{8}$/);
    expect(data.content).toContain(String(failure?.details["errorId"]));
  });

  it("logs a refused reply once and does not run the follow-up", async () => {
    let followedUp = false;
    const { runner, logged } = createRunner({
      respond: () =>
        Promise.reject(Object.assign(new Error("Unknown interaction"), { code: 10062 })),
      plan: async () => ({
        response: { type: InteractionResponseType.Pong },
        log: { command: "pin", outcome: "deferred" },
        followUp: async () => void (followedUp = true),
      }),
    });
    await runPlan(interaction, runner);
    expect(
      logged.filter((line) => line.level === "warn").map((l) => [l.message, l.details["expired"]]),
    ).toEqual([["interaction expired before the reply", true]]);
    expect(followedUp).toBe(false);
  });

  it("logs a failed follow-up without throwing", async () => {
    const { runner, logged } = createRunner({
      plan: async () => ({
        response: { type: InteractionResponseType.Pong },
        log: { command: "pin", outcome: "deferred" },
        followUp: () => Promise.reject(new Error("403")),
      }),
    });
    await runPlan(interaction, runner);
    // The handled line comes when the response is out: its latency is the response's, not the pin's.
    expect(logged.map((l) => l.message)).toEqual(["interaction handled", "follow-up failed"]);
  });
});
