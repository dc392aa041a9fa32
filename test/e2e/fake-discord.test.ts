/**
 * Proves the fake Discord is faithful enough: the unmodified discord.js Client logs in to it,
 * receives an interaction over the gateway and answers over REST.
 */
import { performance } from "node:perf_hooks";
import { Client, Events, GatewayIntentBits } from "discord.js";
import type { Interaction } from "discord.js";
import { InteractionResponseType } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildChatInputInteraction, startFakeDiscord } from "../support/fake-discord/index.ts";
import type { FakeDiscord, RecordedRequest } from "../support/fake-discord/index.ts";

const TOKEN = "fake-token-for-tests";
let fake: FakeDiscord;
let client: Client;
let loginToReadyMs = 0;

/** Replies the way a bot under test would, so the test asserts only on what reaches Discord. */
async function answerInteraction(interaction: Interaction): Promise<void> {
  if (!interaction.isChatInputCommand()) return;
  if (interaction.commandName === "ping") {
    await interaction.reply({ content: "pong", allowedMentions: { parse: [] } });
  } else if (interaction.commandName === "slow") {
    await interaction.deferReply();
    await interaction.editReply({ content: "done after a while", allowedMentions: { parse: [] } });
  }
}

const isCallbackFor =
  (id: string) =>
  (request: RecordedRequest): boolean =>
    request.method === "POST" && request.route.startsWith(`/interactions/${id}/`);

beforeAll(async () => {
  fake = await startFakeDiscord({ token: TOKEN });
  client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: fake.apiUrl, retries: 0, timeout: 2_000 },
  });
  client.on(Events.InteractionCreate, (interaction) => void answerInteraction(interaction));
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  const startedAt = performance.now();
  await client.login(TOKEN);
  await ready;
  loginToReadyMs = performance.now() - startedAt;
});

afterAll(async () => {
  await client.destroy();
  await fake.close();
});

describe("discord.js against the fake Discord", () => {
  it("logs in over the gateway with the Guilds intent only and sees the guild", () => {
    const identify = fake.gatewayFrames.find((frame) => frame.op === 2);
    expect(identify?.d).toMatchObject({ token: TOKEN, intents: GatewayIntentBits.Guilds });
    expect(client.application?.id).toBe(fake.state.applicationId);
    expect([...client.guilds.cache.keys()]).toEqual(fake.state.guildIds);
    const gatewayLookup = fake.requests.find((request) => request.route === "/gateway/bot");
    expect(gatewayLookup?.headers["authorization"]).toBe(`Bot ${TOKEN}`);
    console.info(`login → ready: ${loginToReadyMs.toFixed(0)} ms`);
  });

  it("answers a slash command with a type 4 callback carrying the content", async () => {
    const payload = buildChatInputInteraction(
      { id: "1600000000000000001", token: "token-ping" },
      "ping",
    );
    const startedAt = performance.now();
    await fake.dispatchInteraction(payload);
    const callback = await fake.waitForRequest(isCallbackFor(payload.id));
    console.info(`interaction → reply: ${(performance.now() - startedAt).toFixed(0)} ms`);
    expect(callback.path).toBe(`/api/v10/interactions/${payload.id}/token-ping/callback`);
    expect(callback.headers["authorization"]).toBeUndefined();
    expect(callback.body).toEqual({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: expect.objectContaining({ content: "pong", allowed_mentions: { parse: [] } }),
    });
    expect(callback.status).toBe(204);
  });

  it("defers, then edits the original response through the webhook", async () => {
    const payload = buildChatInputInteraction(
      { id: "1600000000000000002", token: "token-slow" },
      "slow",
    );
    const startedAt = performance.now();
    await fake.dispatchInteraction(payload);
    const edit = await fake.waitForRequest(
      (request) => request.method === "PATCH" && request.route.endsWith("/messages/@original"),
    );
    console.info(`interaction → edited reply: ${(performance.now() - startedAt).toFixed(0)} ms`);
    const callback = await fake.waitForRequest(isCallbackFor(payload.id));
    expect(callback.body).toMatchObject({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
    });
    expect(edit.path).toBe(
      `/api/v10/webhooks/${fake.state.applicationId}/token-slow/messages/%40original`,
    );
    expect(edit.body).toMatchObject({
      content: "done after a while",
      allowed_mentions: { parse: [] },
    });
    expect(edit.status).toBe(200);
  });
});
