/** HTTP mode plans each interaction once: the body and the follow-up come from one planning. */
import {
  InteractionResponseType,
  MessageFlags,
  type APIInteraction,
  type APIInteractionResponseCallbackData,
} from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import type { InteractionPlan, InteractionPort } from "../../src/interactions/interaction-plan.ts";
import { planResponse } from "../../src/interactions/run-plan.ts";
import { createHttpHandler } from "../../src/transports/http.ts";
import { parsePublicKey } from "../../src/transports/http-verify.ts";
import { buildChatInputInteraction } from "../support/fake-discord/interactions.ts";
import { NOW_MILLISECONDS, buildSignedRequest, createTestKeys } from "./signing.ts";
import { createIdlePort } from "../support/idle-port.ts";

const keys = createTestKeys();
const COMMAND = JSON.stringify(
  buildChatInputInteraction({ id: "1600000000000000007", token: "token-pin" }, "summary"),
);

interface Logged {
  readonly level: string;
  readonly details: Record<string, unknown>;
  readonly message: string;
}

/** A handler over `plan`, with a clock the test moves by hand and every log line kept. */
function setUp(plan: (interaction: APIInteraction, clock: { ms: number }) => InteractionPlan) {
  const clock = { ms: 0 };
  const logged: Logged[] = [];
  const log = (level: string) => (details: object, message: string) =>
    void logged.push({ level, details: details as Record<string, unknown>, message });
  const logger = { info: log("info"), warn: log("warn"), error: log("error") };
  let plannings = 0;
  const followUps: string[] = [];
  const port: InteractionPort = createIdlePort({
    pinMessage: async () => void followUps.push("pin"),
    editOriginal: async () => void followUps.push("edit"),
    followUp: async () => void followUps.push("follow-up"),
  });
  const publicKey = parsePublicKey(keys.publicKeyHex);
  if (!publicKey.ok) throw new Error(publicKey.error);
  const handle = createHttpHandler({
    publicKey: publicKey.value,
    now: () => NOW_MILLISECONDS,
    logger,
    handleInteraction: (interaction) =>
      planResponse(interaction, {
        plan: async (i) => {
          plannings += 1;
          return plan(i, clock);
        },
        createPort: () => port,
        logger,
        now: () => clock.ms,
      }),
  });
  return { handle, clock, logged, followUps, plannings: () => plannings };
}

describe("HTTP mode plans once", () => {
  it("logs a planning failure at once and answers privately with the logged error id", async () => {
    const { handle, logged, plannings } = setUp(() => {
      throw new Error("the store is down");
    });
    const response = await handle(buildSignedRequest(keys.privateKey, COMMAND));
    expect(response.status).toBe(200);
    expect(response.afterSend).toBeUndefined();
    const body = JSON.parse(response.body) as {
      type: number;
      data: APIInteractionResponseCallbackData;
    };
    expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(body.data.content).not.toContain("the store is down");
    const failure = logged.find((line) => line.message === "command failed");
    expect(failure?.level).toBe("error");
    expect(String(failure?.details["err"])).toContain("the store is down");
    expect(failure?.details["errorId"]).toMatch(/^[0-9a-f]{8}$/);
    expect(body.data.content).toContain(`\`${String(failure?.details["errorId"])}\``);
    expect(plannings()).toBe(1);
  });

  it("logs the response's latency, then runs the follow-up from the same plan after sending", async () => {
    const { handle, clock, logged, followUps, plannings } = setUp((_interaction, time) => {
      time.ms += 40; // planning takes 40 ms
      return {
        response: { type: InteractionResponseType.DeferredChannelMessageWithSource },
        log: { command: "pin", outcome: "deferred" },
        followUp: async (port) => {
          time.ms += 900; // pinning takes far longer, after the response is out
          await port.pinMessage("1", "2", "test");
        },
      };
    });
    const response = await handle(buildSignedRequest(keys.privateKey, COMMAND));
    expect(JSON.parse(response.body)).toEqual({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
    });
    const handled = logged.find((line) => line.message === "interaction handled");
    expect(handled?.details).toMatchObject({ command: "pin", outcome: "deferred", latencyMs: 40 });
    expect(followUps).toEqual([]);
    response.afterSend?.();
    await settle(() => followUps.length > 0);
    expect(followUps).toEqual(["pin"]);
    expect(clock.ms).toBe(940);
    expect(plannings()).toBe(1);
    expect(logged.filter((line) => line.message === "interaction handled")).toHaveLength(1);
  });
});

/** The follow-up runs on its own after afterSend: let its promises settle, with no wall-clock sleep. */
async function settle(isDone: () => boolean): Promise<void> {
  for (let turn = 0; turn < 100 && !isDone(); turn += 1) await Promise.resolve();
}
