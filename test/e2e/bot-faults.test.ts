/** The production bot process when Discord misbehaves: failing REST, expiry, repeats, reconnects. */
import { fileURLToPath } from "node:url";
import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildChatInputInteraction,
  startFakeDiscord,
  type FakeDiscord,
  type RecordedRequest,
} from "../support/fake-discord/index.ts";
import { spawnBot, type RunningBot } from "../support/spawn-bot.ts";

const TOKEN = "token-for-fault-tests";
const KNOWLEDGE = fileURLToPath(new URL("../fixtures/e2e-knowledge", import.meta.url));
let fake: FakeDiscord;
let bot: RunningBot;
let sequence = 0;

function nextInteraction() {
  sequence += 1;
  const context = {
    id: `17100000000000000${String(sequence).padStart(2, "0")}`,
    token: `fault-token-${sequence}`,
  };
  const payload = buildChatInputInteraction(context, "who", [
    { name: "name", type: ApplicationCommandOptionType.String, value: "Ortiz" },
  ]);
  return { context, payload };
}

const callbacksFor = (id: string) => (request: RecordedRequest) =>
  request.method === "POST" && request.route.startsWith(`/interactions/${id}/`);
const countCallbacks = (id: string) => fake.requests.filter(callbacksFor(id)).length;
const logLines = () =>
  bot
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** The bot has answered: a successful callback for `id` was recorded. */
const answered = (id: string) =>
  fake.waitForRequest((r) => callbacksFor(id)(r) && r.status < 300, 15_000);

beforeAll(async () => {
  fake = await startFakeDiscord({ token: TOKEN });
  bot = spawnBot({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, KNOWLEDGE_DIR: KNOWLEDGE });
  await bot.waitFor(/connected to Discord/);
}, 30_000);

afterAll(async () => {
  await bot.stop();
  await fake.close();
});

describe("when Discord misbehaves", () => {
  it("logs an expired interaction (10062) once, does not retry, and keeps answering", async () => {
    const expired = nextInteraction();
    fake.failRoute({ method: "POST", route: /^\/interactions\// }, "unknown-interaction");
    await fake.dispatchInteraction(expired.payload);
    await bot.waitFor(/interaction expired before the reply/);
    const next = nextInteraction();
    await fake.dispatchInteraction(next.payload);
    await answered(next.context.id);
    expect(countCallbacks(expired.context.id)).toBe(1);
    expect(
      logLines().filter((l) => l["interactionId"] === expired.context.id && l["expired"] === true),
    ).toHaveLength(1);
  });

  it("waits out a 429 with retry_after and then replies", async () => {
    const limited = nextInteraction();
    fake.failRoute({ method: "POST", route: /^\/interactions\// }, "rate-limit", {
      retryAfterSeconds: 0.2,
    });
    await fake.dispatchInteraction(limited.payload);
    await answered(limited.context.id);
    expect(countCallbacks(limited.context.id)).toBe(2);
  });

  it("survives a 500 on a reply without a crash or a retry storm", async () => {
    const failing = nextInteraction();
    fake.failRoute({ method: "POST", route: /^\/interactions\// }, "server-error", { times: 10 });
    await fake.dispatchInteraction(failing.payload);
    await bot.waitFor(new RegExp(`"interactionId":"${failing.context.id}"[^\\n]*"reply failed"`));
    expect(countCallbacks(failing.context.id)).toBeLessThanOrEqual(4);
    fake.clearFaults();
  });

  it("answers an interaction that arrives twice only once", async () => {
    const twice = nextInteraction();
    await fake.dispatchInteraction(twice.payload);
    await fake.dispatchInteraction(twice.payload);
    await answered(twice.context.id);
    const after = nextInteraction();
    await fake.dispatchInteraction(after.payload);
    await answered(after.context.id);
    expect(countCallbacks(twice.context.id)).toBe(1);
  });

  it("resumes after the gateway drops the connection and keeps answering", async () => {
    fake.disconnectGateway(4000);
    const afterDrop = nextInteraction();
    await fake.dispatchInteraction(afterDrop.payload);
    await answered(afterDrop.context.id);
    expect(fake.gatewayFrames.some((frame) => frame.op === 6 || frame.op === 2)).toBe(true);
  });

  it("never logged an unhandled rejection and is still running", () => {
    expect(bot.output()).not.toContain("unhandled rejection");
    expect(bot.child.exitCode).toBeNull();
  });

  it("wrote neither the bot token nor any interaction token to its logs", () => {
    expect(bot.output()).toContain("reply failed");
    for (const secret of [
      TOKEN,
      ...Array.from({ length: sequence }, (_, i) => `fault-token-${i + 1}`),
    ])
      expect(bot.output()).not.toContain(secret);
  });
});
