/**
 * The bot as it runs in production (`src/app/entry/main.ts` in its own process, unmodified discord.js)
 * against the fake Discord: commands, autocomplete, paging, pinning, editing, the message menu.
 */
import { fileURLToPath } from "node:url";
import {
  ComponentType,
  InteractionResponseType,
  MessageFlags,
  type APIMessage,
} from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApplicationCommandOptionType } from "discord-api-types/v10";
import {
  buildAutocompleteInteraction,
  buildButtonInteraction,
  buildChatInputInteraction,
  buildMessage,
  buildMessageCommandInteraction,
  buildModalSubmitInteraction,
  buildUser,
  NO_PERMISSIONS,
  startFakeDiscord,
  type FakeDiscord,
  type RecordedRequest,
} from "../support/fake-discord/index.ts";
import { spawnBot, type RunningBot } from "../support/spawn-bot.ts";

const TOKEN = "token-for-gateway-tests";
const KNOWLEDGE = fileURLToPath(new URL("../fixtures/e2e-knowledge", import.meta.url));
let fake: FakeDiscord;
let bot: RunningBot;
let sequence = 0;
const timings: Record<string, number> = {};

function nextContext(extra: { memberPermissions?: string; appPermissions?: string } = {}) {
  sequence += 1;
  return {
    id: `17000000000000000${sequence.toString().padStart(2, "0")}`,
    token: `interaction-token-${sequence}`,
    ...extra,
  };
}

const isCallback = (id: string) => (request: RecordedRequest) =>
  request.method === "POST" && request.route.startsWith(`/interactions/${id}/`);

async function callbackFor(id: string): Promise<{ type: number; data?: Record<string, unknown> }> {
  const request = await fake.waitForRequest(isCallback(id), 10_000);
  return request.body as { type: number; data?: Record<string, unknown> };
}

/** The message Discord would have created from a reply, for clicking its buttons. */
function messageFrom(
  data: Record<string, unknown> | undefined,
  id = "1600000000000000001",
): APIMessage {
  return buildMessage({
    id,
    channelId: "1300000000000000001",
    author: buildUser(fake.state.applicationId, "Roundtable", true),
    body: data,
  });
}

function customIds(data: Record<string, unknown> | undefined): string[] {
  const rows = (data?.["components"] ?? []) as {
    components: { custom_id?: string; label?: string }[];
  }[];
  return rows.flatMap((row) => row.components.map((c) => c.custom_id ?? ""));
}

beforeAll(async () => {
  fake = await startFakeDiscord({ token: TOKEN });
  const started = performance.now();
  bot = spawnBot({
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_URL: fake.apiUrl,
    KNOWLEDGE_DIR: KNOWLEDGE,
    LOG_LEVEL: "info",
  });
  await bot.waitFor(/connected to Discord/);
  timings["start to ready"] = performance.now() - started;
}, 30_000);

afterAll(async () => {
  await bot.stop();
  await fake.close();
  process.stdout.write(
    `e2e timings (ms): ${JSON.stringify(Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])))}\n`,
  );
});

describe("the gateway bot against a fake Discord", () => {
  it("logs in with the Guilds intent only", () => {
    const identify = fake.gatewayFrames.find((frame) => frame.op === 2);
    expect(identify?.d).toMatchObject({ token: TOKEN, intents: 1 });
  });

  it("answers a slash command with a cited embed that pings no one", async () => {
    const context = nextContext();
    const started = performance.now();
    await fake.dispatchInteraction(
      buildChatInputInteraction(context, "search", [
        { name: "query", type: ApplicationCommandOptionType.String, value: "inspectors deck" },
      ]),
    );
    const body = await callbackFor(context.id);
    timings["interaction to reply"] = performance.now() - started;
    expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(body.data?.["allowed_mentions"]).toEqual({ parse: [] });
    expect(JSON.stringify(body.data?.["embeds"])).toContain("¶2");
  });

  it("answers autocomplete with ranked choices", async () => {
    const context = nextContext();
    await fake.dispatchInteraction(
      buildAutocompleteInteraction(context, "who", [
        { name: "name", type: ApplicationCommandOptionType.String, value: "ort", focused: true },
      ]),
    );
    const body = await callbackFor(context.id);
    expect(body.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect((body.data?.["choices"] as { name: string }[])[0]?.name).toBe("Dana Ortiz");
  });

  it("pages a long answer with buttons that update the message", async () => {
    const first = nextContext();
    await fake.dispatchInteraction(
      buildChatInputInteraction(first, "search", [
        { name: "query", type: ApplicationCommandOptionType.String, value: "resident commute" },
      ]),
    );
    const reply = await callbackFor(first.id);
    const next = customIds(reply.data).find((id) => id.startsWith("rt1:page:2:"));
    expect(next).toBeDefined();
    const click = nextContext();
    await fake.dispatchInteraction(
      buildButtonInteraction(click, next ?? "", messageFrom(reply.data)),
    );
    const page = await callbackFor(click.id);
    expect(page.type).toBe(InteractionResponseType.UpdateMessage);
    expect(JSON.stringify(page.data?.["embeds"])).toContain("Page 2 of 2");
  });

  it("pins a summary for a moderator, and says why not to a member without the permission", async () => {
    const ask = nextContext();
    await fake.dispatchInteraction(buildChatInputInteraction(ask, "summary"));
    const summary = await callbackFor(ask.id);
    const pinId = customIds(summary.data).find((id) => id.startsWith("rt1:pin:")) ?? "";
    expect(pinId).toBe("rt1:pin:harbor-bridge");

    const denied = nextContext({ memberPermissions: NO_PERMISSIONS });
    await fake.dispatchInteraction(
      buildButtonInteraction(denied, pinId, messageFrom(summary.data, "1600000000000000002")),
    );
    const refusal = await callbackFor(denied.id);
    expect(refusal.data?.["flags"]).toBe(MessageFlags.Ephemeral);
    expect(String(refusal.data?.["content"])).toContain("Pin Messages permission");

    const allowed = nextContext();
    await fake.dispatchInteraction(
      buildButtonInteraction(allowed, pinId, messageFrom(summary.data, "1600000000000000003")),
    );
    expect((await callbackFor(allowed.id)).type).toBe(
      InteractionResponseType.DeferredChannelMessageWithSource,
    );
    await fake.waitForRequest(
      (r) => r.method === "PUT" && r.route.endsWith("/pins/1600000000000000003"),
    );
    const edited = await fake.waitForRequest(
      (r) =>
        r.method === "PATCH" &&
        r.route === `/webhooks/${fake.state.applicationId}/${allowed.token}/messages/@original`,
    );
    expect(edited.body).toMatchObject({ content: "📌 Pinned the summary." });
  });

  it("lets a moderator edit a summary in a modal, then pins it with an edited-by footer", async () => {
    const ask = nextContext();
    await fake.dispatchInteraction(buildChatInputInteraction(ask, "summary"));
    const summary = await callbackFor(ask.id);
    const message = messageFrom(summary.data, "1600000000000000004");
    const click = nextContext();
    await fake.dispatchInteraction(
      buildButtonInteraction(click, "rt1:edit:harbor-bridge", message),
    );
    const modal = await callbackFor(click.id);
    expect(modal.type).toBe(InteractionResponseType.Modal);
    const submit = nextContext();
    await fake.dispatchInteraction({
      ...buildModalSubmitInteraction(submit, "rt1:edit:harbor-bridge", {
        text: "Council closes the bridge. @everyone",
      }),
      message,
    });
    expect((await callbackFor(submit.id)).type).toBe(InteractionResponseType.DeferredMessageUpdate);
    const edit = await fake.waitForRequest(
      (r) => r.method === "PATCH" && r.route.includes(`/${submit.token}/messages/@original`),
    );
    const embed = (edit.body as { embeds: { description: string; footer: { text: string } }[] })
      .embeds[0];
    expect(embed?.footer.text).toMatch(/^Edited by reader before pinning/);
    expect(embed?.description).not.toContain("@everyone");
    await fake.waitForRequest(
      (r) => r.method === "PUT" && r.route.endsWith("/pins/1600000000000000004"),
    );
  });

  it("checks a chat message against the articles from the message menu", async () => {
    const context = nextContext();
    await fake.dispatchInteraction(
      buildMessageCommandInteraction(context, "Check against articles", {
        messageId: "1600000000000000009",
        content: "the council voted to close the bridge",
      }),
    );
    const body = await callbackFor(context.id);
    expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(JSON.stringify(body.data?.["embeds"])).toContain("¶1");
  });

  it("refuses a stale button from an older version privately", async () => {
    const context = nextContext();
    await fake.dispatchInteraction(
      buildButtonInteraction(context, "rt0:page:2:who", messageFrom({ content: "old" })),
    );
    const body = await callbackFor(context.id);
    expect(body.data?.["flags"]).toBe(MessageFlags.Ephemeral);
    expect(String(body.data?.["content"])).toContain("older version");
  });

  it("logs each interaction as JSON with its command, id and latency, and no token", () => {
    const lines = bot
      .output()
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const handled = lines.filter((line) => line["msg"] === "interaction handled");
    expect(handled.length).toBeGreaterThanOrEqual(5);
    expect(handled[0]).toMatchObject({
      command: "search",
      outcome: "answer",
      transport: "gateway",
    });
    expect(typeof handled[0]?.["latencyMs"]).toBe("number");
    expect(bot.output()).not.toContain(TOKEN);
    for (let n = 1; n <= sequence; n += 1)
      expect(bot.output()).not.toContain(`interaction-token-${n}`);
  });

  it("shuts down cleanly on SIGTERM with exit code 0", async () => {
    expect(await bot.stop("SIGTERM")).toBe(0);
  });
});

void ComponentType;
