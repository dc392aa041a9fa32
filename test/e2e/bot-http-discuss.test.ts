/**
 * Issue 14 in HTTP mode (`main.ts --http`, no bot token): the /timeline picture still arrives,
 * as an edit through the interaction webhook, which needs no bot token; a thread, which does,
 * is refused with a reason instead of failing silently.
 */
import { fileURLToPath } from "node:url";
import { InteractionResponseType, type APIInteraction } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildButtonInteraction,
  buildChatInputInteraction,
  buildMessage,
  buildUser,
  DEFAULT_CHANNEL_ID,
  startFakeDiscord,
  type FakeDiscord,
} from "../support/fake-discord/index.ts";
import { customIds, isOriginalEdit, readPngSize } from "../support/discuss-e2e.ts";
import { spawnBot, type RunningBot } from "../support/spawn-bot.ts";
import { createTestKeys, signBody } from "../transports/signing.ts";

const KNOWLEDGE = fileURLToPath(new URL("../fixtures/discuss-knowledge", import.meta.url));
const keys = createTestKeys();
let bot: RunningBot;
let fake: FakeDiscord;
let url = "";

interface Callback {
  type: number;
  data?: Record<string, unknown>;
}

/**
 * Sends a signed interaction and returns the response body. In HTTP mode that body is the reply,
 * which never reaches the fake, so the fake is told about it as Discord would know it: the
 * `@original` message that later edits change.
 */
async function send(interaction: APIInteraction): Promise<Callback> {
  const body = JSON.stringify(interaction);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const response = await fetch(`${url}/interactions`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-signature-ed25519": signBody(keys.privateKey, timestamp, body),
      "x-signature-timestamp": timestamp,
    },
    body,
  });
  const callback = (await response.json()) as Callback;
  fake.state.originals.set(
    interaction.token,
    buildMessage({
      id: fake.state.nextId(),
      channelId: DEFAULT_CHANNEL_ID,
      author: fake.state.botUser,
      body: callback.data,
    }),
  );
  return callback;
}

beforeAll(async () => {
  fake = await startFakeDiscord();
  bot = spawnBot(
    {
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      DISCORD_API_URL: fake.apiUrl,
      KNOWLEDGE_DIR: KNOWLEDGE,
      PORT: "0",
    },
    ["--http"],
  );
  await bot.waitFor(/listening for Discord interactions/);
  const match = /"url":"http:\/\/[^:]+:(\d+)"/.exec(bot.output());
  url = `http://127.0.0.1:${match?.[1] ?? "0"}`;
}, 30_000);

afterAll(async () => {
  await bot.stop();
  await fake.close();
});

describe("issue 14 in HTTP mode", () => {
  it("answers /timeline in the response body, then attaches the picture by webhook", async () => {
    const token = "http-timeline-token";
    const reply = await send(
      buildChatInputInteraction({ id: "1700000000000000201", token }, "timeline"),
    );
    expect(reply.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const edit = await fake.waitForRequest(isOriginalEdit(token), 20_000);
    expect(edit.status).toBe(200);
    expect(edit.headers["authorization"]).toBeUndefined();
    expect(edit.files[0]?.filename).toBe("timeline.png");
    expect(readPngSize(edit.files[0]?.bytes ?? Buffer.alloc(0))).not.toBeNull();
    expect(edit.body).toMatchObject({ attachments: [{ id: 0, filename: "timeline.png" }] });
  }, 30_000);

  it("says a thread needs the bot token when HTTP mode runs without one", async () => {
    const discuss = await send(
      buildChatInputInteraction({ id: "1700000000000000202", token: "http-discuss" }, "discuss"),
    );
    const threadId = customIds(discuss.data).find((id) => id.startsWith("rt1:thread:")) ?? "";
    const message = buildMessage({
      id: "1640000000000000001",
      channelId: DEFAULT_CHANNEL_ID,
      author: buildUser(fake.state.applicationId, "Roundtable", true),
      body: discuss.data,
    });
    const token = "http-thread";
    const deferred = await send(
      buildButtonInteraction({ id: "1700000000000000203", token }, threadId, message),
    );
    expect(deferred.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const report = await fake.waitForRequest(isOriginalEdit(token), 10_000);
    expect(String((report.body as { content: string }).content)).toContain("DISCORD_TOKEN");
    expect(fake.requests.filter((r) => r.route.startsWith("/channels/"))).toEqual([]);
  });
});
