/** HTTP interactions mode as it runs in production (`main.ts --http` in its own process). */
import { fileURLToPath } from "node:url";
import {
  ApplicationCommandOptionType,
  InteractionResponseType,
  InteractionType,
} from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildChatInputInteraction,
  startFakeDiscord,
  type FakeDiscord,
} from "../support/fake-discord/index.ts";
import { spawnBot, type RunningBot } from "../support/spawn-bot.ts";
import { createTestKeys, signBody } from "../transports/signing.ts";

const KNOWLEDGE = fileURLToPath(new URL("../fixtures/e2e-knowledge", import.meta.url));
const keys = createTestKeys();
let bot: RunningBot;
let fake: FakeDiscord;
let url = "";

/** The running process checks timestamps against its own clock, so requests are signed "now". */
async function post(body: string, privateKey = keys.privateKey): Promise<Response> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  return fetch(`${url}/interactions`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-signature-ed25519": signBody(privateKey, timestamp, body),
      "x-signature-timestamp": timestamp,
    },
    body,
  });
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

describe("HTTP interactions mode", () => {
  it("answers health checks for load balancers", async () => {
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(200);
  });

  it("answers a signed PING with PONG", async () => {
    const response = await post(
      JSON.stringify({
        type: InteractionType.Ping,
        id: "1",
        token: "t",
        application_id: "1",
        version: 1,
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ type: InteractionResponseType.Pong });
  });

  it("refuses a request signed with another key", async () => {
    const response = await post(
      JSON.stringify({ type: InteractionType.Ping }),
      createTestKeys().privateKey,
    );
    expect(response.status).toBe(401);
  });

  it("answers a slash command in the response body, like the gateway bot", async () => {
    const interaction = buildChatInputInteraction(
      { id: "1700000000000000100", token: "http-token" },
      "who",
      [{ name: "name", type: ApplicationCommandOptionType.String, value: "Ortiz" }],
    );
    const response = await post(JSON.stringify(interaction));
    const body = (await response.json()) as {
      type: number;
      data: { embeds: { title: string }[]; allowed_mentions: unknown };
    };
    expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(body.data.embeds[0]?.title).toBe("Dana Ortiz");
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it("shuts down cleanly on SIGTERM", async () => {
    expect(await bot.stop("SIGTERM")).toBe(0);
  });
});
