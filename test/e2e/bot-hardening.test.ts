/**
 * The production gateway bot under inputs and faults that used to hurt it (issue 13): a
 * malformed permissions field, a failing callback, a failing follow-up; and no token in any log.
 */
import { fileURLToPath } from "node:url";
import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildButtonInteraction,
  buildChatInputInteraction,
  buildMessage,
  buildUser,
  startFakeDiscord,
  type FakeDiscord,
  type RecordedRequest,
} from "../support/fake-discord/index.ts";
import { spawnBot, type RunningBot } from "../support/spawn-bot.ts";

const TOKEN = "token-for-hardening-tests";
const KNOWLEDGE = fileURLToPath(new URL("../fixtures/e2e-knowledge", import.meta.url));
let fake: FakeDiscord;
let bot: RunningBot;
let sequence = 0;
/** Every interaction token this file hands the bot, to look for in its logs. */
const tokensUsed: string[] = [];

function nextContext(extra: { memberPermissions?: string } = {}) {
  sequence += 1;
  const token = `aW50ZXJhY3Rpb246hardening-${sequence}-secret`;
  tokensUsed.push(token);
  return { id: `17200000000000000${String(sequence).padStart(2, "0")}`, token, ...extra };
}

const whoOrtiz = (context: ReturnType<typeof nextContext>) =>
  buildChatInputInteraction(context, "who", [
    { name: "name", type: ApplicationCommandOptionType.String, value: "Ortiz" },
  ]);
const isCallback = (id: string) => (request: RecordedRequest) =>
  request.method === "POST" && request.route.startsWith(`/interactions/${id}/`);
const answered = (id: string) =>
  fake.waitForRequest((r) => isCallback(id)(r) && r.status < 300, 15_000);

beforeAll(async () => {
  fake = await startFakeDiscord({ token: TOKEN });
  bot = spawnBot({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, KNOWLEDGE_DIR: KNOWLEDGE });
  await bot.waitFor(/connected to Discord/);
}, 30_000);

afterAll(async () => {
  await bot.stop();
  await fake.close();
});

describe("the gateway bot under hostile input and faults", () => {
  it("survives a malformed member.permissions and keeps answering", async () => {
    const bad = nextContext({ memberPermissions: "not-a-number" });
    await fake.dispatchInteraction(whoOrtiz(bad));
    await answered(bad.id);
    const next = nextContext();
    await fake.dispatchInteraction(whoOrtiz(next));
    await answered(next.id);
    expect(bot.child.exitCode).toBeNull();
  });

  it("sends a callback Discord fails once, with no retry", async () => {
    const failing = nextContext();
    fake.failRoute({ method: "POST", route: /^\/interactions\// }, "server-error", { times: 10 });
    await fake.dispatchInteraction(whoOrtiz(failing));
    await bot.waitFor(new RegExp(`"interactionId":"${failing.id}"[^\\n]*"reply failed"`));
    fake.clearFaults();
    expect(fake.requests.filter(isCallback(failing.id))).toHaveLength(1);
  });

  it("logs a failed follow-up without its webhook token", async () => {
    const ask = nextContext();
    await fake.dispatchInteraction(buildChatInputInteraction(ask, "summary"));
    const summary = (await answered(ask.id)).body as { data?: unknown };
    const message = buildMessage({
      id: "1600000000000000091",
      channelId: "1300000000000000001",
      author: buildUser(fake.state.applicationId, "Roundtable", true),
      body: summary.data,
    });
    const click = nextContext();
    fake.failRoute({ method: "PATCH", route: /^\/webhooks\// }, "server-error", { times: 10 });
    await fake.dispatchInteraction(buildButtonInteraction(click, "rt1:pin:harbor-bridge", message));
    await bot.waitFor(new RegExp(`"interactionId":"${click.id}"[^\\n]*"follow-up failed"`));
    fake.clearFaults();
  });

  it("never wrote the bot token or any interaction token to its logs", () => {
    const output = bot.output();
    expect(output).toContain("reply failed");
    for (const secret of [TOKEN, ...tokensUsed]) expect(output).not.toContain(secret);
  });
});
