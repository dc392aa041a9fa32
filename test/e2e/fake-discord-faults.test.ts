/** The fake's fault switches, gateway resume, pins and bulk overwrite, seen through discord.js. */
import {
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  HTTPError,
  REST,
  Routes,
} from "discord.js";
import type { ChatInputCommandInteraction } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_CHANNEL_ID,
  buildChatInputInteraction,
  startFakeDiscord,
} from "../support/fake-discord/index.ts";
import type { FakeDiscord } from "../support/fake-discord/index.ts";

const TOKEN = "fake-token-for-fault-tests";
let fake: FakeDiscord;
let client: Client;
/** Each interaction's reply outcome, so a test can see the error discord.js raised. */
const outcomes = new Map<string, Promise<unknown>>();

function replyTo(interaction: ChatInputCommandInteraction): Promise<unknown> {
  return interaction.reply({
    content: `reply to ${interaction.id}`,
    allowedMentions: { parse: [] },
  });
}

async function dispatchAndSettle(id: string): Promise<PromiseSettledResult<unknown>> {
  await fake.dispatchInteraction(buildChatInputInteraction({ id, token: `token-${id}` }, "ping"));
  await fake.waitForRequest((request) => request.route.startsWith(`/interactions/${id}/`));
  // The listener stores the reply promise before discord.js sends the callback, so it is there now.
  const [outcome] = await Promise.allSettled([outcomes.get(id)]);
  return outcome;
}

beforeAll(async () => {
  fake = await startFakeDiscord({ token: TOKEN });
  client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: fake.apiUrl, retries: 0, timeout: 2_000 },
  });
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand()) outcomes.set(interaction.id, replyTo(interaction));
  });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(TOKEN);
  await ready;
});

afterAll(async () => {
  await client.destroy();
  await fake.close();
});

describe("fake Discord faults", () => {
  it("answers 10062 Unknown interaction once, and discord.js raises it", async () => {
    fake.failRoute(
      { method: "POST", route: /^\/interactions\/1700000000000000001\// },
      "unknown-interaction",
    );
    const outcome = await dispatchAndSettle("1700000000000000001");
    expect(outcome.status).toBe("rejected");
    const reason = outcome.status === "rejected" ? (outcome.reason as unknown) : undefined;
    expect(reason).toBeInstanceOf(DiscordAPIError);
    expect((reason as DiscordAPIError).code).toBe(10062);
  });

  it("answers 500, which discord.js does not retry with retries: 0", async () => {
    fake.failRoute({ route: /^\/interactions\/1700000000000000002\// }, "server-error");
    const outcome = await dispatchAndSettle("1700000000000000002");
    expect(outcome.status === "rejected" ? outcome.reason : undefined).toBeInstanceOf(HTTPError);
    const attempts = fake.requests.filter((request) =>
      request.route.startsWith("/interactions/1700000000000000002/"),
    );
    expect(attempts.map((request) => request.status)).toEqual([500]);
  });

  it("answers 429 with retry_after, after which discord.js retries and succeeds", async () => {
    fake.failRoute({ route: /^\/interactions\/1700000000000000003\// }, "rate-limit", {
      retryAfterSeconds: 0.02,
    });
    await fake.dispatchInteraction(
      buildChatInputInteraction({ id: "1700000000000000003", token: "t3" }, "ping"),
    );
    await fake.waitForRequest(
      (request) =>
        request.route.startsWith("/interactions/1700000000000000003/") && request.status === 204,
    );
    const attempts = fake.requests.filter((request) =>
      request.route.startsWith("/interactions/1700000000000000003/"),
    );
    expect(attempts.map((request) => request.status)).toEqual([429, 204]);
    expect(attempts[0]?.body).toEqual(attempts[1]?.body);
  });

  it("answers a second callback for the same interaction with 40060", async () => {
    const rest = new REST({ api: fake.apiUrl, retries: 0, timeout: 2_000 });
    const route = Routes.interactionCallback("1700000000000000004", "t4");
    const body = { type: 4, data: { content: "first" } };
    await rest.post(route, { body, auth: false });
    await expect(rest.post(route, { body, auth: false })).rejects.toMatchObject({ code: 40060 });
  });
});

describe("fake Discord gateway resume", () => {
  it("resumes after the gateway drops and delivers an interaction sent meanwhile", async () => {
    fake.disconnectGateway();
    await fake.dispatchInteraction(
      buildChatInputInteraction({ id: "1700000000000000010", token: "t10" }, "ping"),
    );
    const callback = await fake.waitForRequest(
      (request) => request.route === "/interactions/1700000000000000010/t10/callback",
    );
    expect(callback.body).toMatchObject({ data: { content: "reply to 1700000000000000010" } });
    const opcodes = fake.gatewayFrames
      .map((frame) => frame.op)
      .filter((op) => op === 2 || op === 6);
    expect(opcodes).toEqual([2, 6]);
  });
});

describe("fake Discord REST for pins and deployment", () => {
  const rest = (): REST =>
    new REST({ api: fake.apiUrl, retries: 0, timeout: 2_000 }).setToken(TOKEN);

  it("pins on the new route and lists the pin", async () => {
    await rest().put(Routes.channelMessagesPin(DEFAULT_CHANNEL_ID, "1800000000000000001"));
    const listed = (await rest().get(Routes.channelMessagesPins(DEFAULT_CHANNEL_ID))) as {
      items: { message: { id: string; pinned: boolean } }[];
    };
    expect(listed.items.map((item) => item.message.id)).toEqual(["1800000000000000001"]);
  });

  it("refuses a pin once the channel holds 250", async () => {
    fake.state.pins.set(
      "1300000000000000009",
      Array.from({ length: 250 }, (_, index) => `19${index}`),
    );
    await expect(
      rest().put(Routes.channelMessagesPin("1300000000000000009", "1800000000000000002")),
    ).rejects.toMatchObject({
      code: 30003,
    });
  });

  it("bulk-overwrites guild commands and rejects a wrong token", async () => {
    const route = Routes.applicationGuildCommands(fake.state.applicationId, "1200000000000000001");
    const saved = (await rest().put(route, {
      body: [{ name: "who", description: "Who is it", type: 1 }],
    })) as {
      name: string;
      guild_id: string;
    }[];
    expect(saved).toMatchObject([{ name: "who", guild_id: "1200000000000000001" }]);
    const wrongToken = new REST({ api: fake.apiUrl, retries: 0, timeout: 2_000 }).setToken("wrong");
    await expect(wrongToken.put(route, { body: [] })).rejects.toMatchObject({ status: 401 });
  });
});
