/**
 * Issue 14 in gateway mode (`main.ts`, unmodified discord.js, the strict fake Discord): /timeline
 * attaches its picture, and /discuss's buttons open a thread and post a poll — and refuse, with
 * reasons, when the reply is private or a permission is missing.
 */
import { fileURLToPath } from "node:url";
import {
  ApplicationCommandOptionType,
  InteractionResponseType,
  MessageFlags,
  PermissionFlagsBits,
  type APIMessage,
} from "discord-api-types/v10";
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
import {
  customIds,
  isOriginalEdit,
  permissionsWithout,
  readPngSize,
} from "../support/discuss-e2e.ts";
import { spawnBot, type RunningBot } from "../support/spawn-bot.ts";

const TOKEN = "token-for-discuss-tests";
const KNOWLEDGE = fileURLToPath(new URL("../fixtures/discuss-knowledge", import.meta.url));
const CHANNEL = "1300000000000000001";
let fake: FakeDiscord;
let bot: RunningBot;
let sequence = 0;

interface Callback {
  type: number;
  data?: Record<string, unknown>;
}

function nextContext(extra: { memberPermissions?: string; appPermissions?: string } = {}) {
  sequence += 1;
  return {
    id: `17100000000000000${sequence.toString().padStart(2, "0")}`,
    token: `discuss-token-${sequence}`,
    ...extra,
  };
}

async function callbackFor(id: string): Promise<Callback> {
  const request = await fake.waitForRequest(
    (r) => r.method === "POST" && r.route.startsWith(`/interactions/${id}/`),
    10_000,
  );
  return request.body as Callback;
}

/** The reply as the channel holds it (the bot may edit it there), under an id of the test's. */
function messageFrom(data: Record<string, unknown> | undefined, id: string): APIMessage {
  const message = buildMessage({
    id,
    channelId: CHANNEL,
    author: buildUser(fake.state.applicationId, "Roundtable", true),
    body: data,
  });
  fake.state.channelMessages.set(id, message);
  return message;
}

async function runDiscuss(isPublic = true): Promise<Callback> {
  const context = nextContext();
  const options = isPublic
    ? []
    : [{ name: "public", type: ApplicationCommandOptionType.Boolean as const, value: false }];
  await fake.dispatchInteraction(buildChatInputInteraction(context, "discuss", options));
  return callbackFor(context.id);
}

async function press(
  customId: string,
  message: APIMessage,
  permissions: { memberPermissions?: string; appPermissions?: string } = {},
) {
  const context = nextContext(permissions);
  await fake.dispatchInteraction(buildButtonInteraction(context, customId, message));
  return { context, callback: await callbackFor(context.id) };
}

const sent = (predicate: (request: RecordedRequest) => boolean) => fake.requests.filter(predicate);
const isThreadStart = (messageId: string) => (r: RecordedRequest) =>
  r.method === "POST" && r.route === `/channels/${CHANNEL}/messages/${messageId}/threads`;
const isMessageIn = (channelId: string) => (r: RecordedRequest) =>
  r.method === "POST" && r.route === `/channels/${channelId}/messages`;

beforeAll(async () => {
  fake = await startFakeDiscord({ token: TOKEN });
  bot = spawnBot({
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_URL: fake.apiUrl,
    KNOWLEDGE_DIR: KNOWLEDGE,
    POLL_DURATION_HOURS: "48",
    LOG_LEVEL: "info",
  });
  await bot.waitFor(/connected to Discord/);
}, 30_000);

afterAll(async () => {
  await bot.stop();
  await fake.close();
});

describe("/timeline's picture", () => {
  it("answers in text at once, then attaches the PNG with its alt text in an edit", async () => {
    const context = nextContext();
    await fake.dispatchInteraction(buildChatInputInteraction(context, "timeline"));
    const reply = await callbackFor(context.id);
    expect(reply.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(reply.data?.["attachments"]).toBeUndefined();
    const edit = await fake.waitForRequest(isOriginalEdit(context.token), 20_000);
    expect(edit.status).toBe(200);
    expect(edit.files).toHaveLength(1);
    const [file] = edit.files;
    expect(file).toMatchObject({
      field: "files[0]",
      filename: "timeline.png",
      contentType: "image/png",
    });
    const size = readPngSize(file?.bytes ?? Buffer.alloc(0));
    expect(size?.width).toBeGreaterThanOrEqual(1000);
    expect(file?.bytes.length).toBeLessThan(1_000_000);
    const attachments = (
      edit.body as { attachments: { id: number; filename: string; description: string }[] }
    ).attachments;
    expect(attachments).toHaveLength(1);
    expect(attachments[0]).toMatchObject({ id: 0, filename: "timeline.png" });
    expect(attachments[0]?.description).toMatch(/^Picture of a timeline/);
    expect(attachments[0]?.description).toContain("¶4");
    expect(attachments[0]?.description.length).toBeLessThanOrEqual(1024);
  }, 30_000);
});

describe("/discuss buttons", () => {
  it("offers a thread and a poll under a public reply, neither under a private one", async () => {
    expect(customIds((await runDiscuss()).data)).toEqual([
      "rt1:thread:fentanyl-ifs",
      "rt1:poll:fentanyl-ifs",
    ]);
    const secret = await runDiscuss(false);
    expect(secret.data?.["flags"]).toBe(MessageFlags.Ephemeral);
    expect(customIds(secret.data)).toEqual([]);
  });

  it("opens a thread named after the article with one message per question, each cited", async () => {
    const reply = await runDiscuss();
    const message = messageFrom(reply.data, "1610000000000000001");
    const { context, callback } = await press("rt1:thread:fentanyl-ifs", message);
    expect(callback).toMatchObject({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral },
    });
    const report = await fake.waitForRequest(isOriginalEdit(context.token), 10_000);
    const start = sent(isThreadStart(message.id));
    expect(start).toHaveLength(1);
    const name = (start[0]?.body as { name: string }).name;
    expect(name).toMatch(/^Discussion: Biden Administration Draws Criticism/);
    expect([...name].length).toBeLessThanOrEqual(100);
    const questions = sent(isMessageIn(message.id)).map((r) => r.body as { content: string });
    expect(questions).toHaveLength(5);
    questions.forEach((question, index) => {
      expect(question.content).toMatch(new RegExp(`^\\*\\*Question ${index + 1} of 5\\*\\*`));
      expect(question.content).toMatch(/¶\d+/);
    });
    // Rayhan Asat's side is cited where her strongest words stand: “insulting” (¶13).
    expect(questions[0]?.content).toContain("¶13");
    expect(report.body).toMatchObject({ content: `🧵 Opened <#${message.id}> with 5 questions.` });
  });

  it("finds the existing thread on a second press instead of making another", async () => {
    const reply = await runDiscuss();
    const message = messageFrom(reply.data, "1610000000000000002");
    const first = await press("rt1:thread:fentanyl-ifs", message);
    await fake.waitForRequest(isOriginalEdit(first.context.token), 10_000);
    const before = sent(isMessageIn(message.id)).length;

    // Discord sends the message with its `thread` once one exists: answered without a call.
    const withThread = { ...message, thread: { id: message.id } } as APIMessage;
    const known = await press("rt1:thread:fentanyl-ifs", withThread);
    expect(known.callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(String(known.callback.data?.["content"])).toContain(
      `already has a thread: <#${message.id}>`,
    );

    // A message seen before the thread existed: Discord answers 160004 and the bot links it.
    const stale = await press("rt1:thread:fentanyl-ifs", message);
    const report = await fake.waitForRequest(isOriginalEdit(stale.context.token), 10_000);
    expect(String((report.body as { content: string }).content)).toContain(`<#${message.id}>`);
    const starts = sent(isThreadStart(message.id));
    expect(starts.map((r) => r.status)).toEqual([201, 400]);
    expect((starts[1]?.response as { code: number }).code).toBe(160004);
    expect(sent(isMessageIn(message.id))).toHaveLength(before);
  });

  it("posts a poll on the first disagreement, the sides cited above it", async () => {
    const reply = await runDiscuss();
    const message = messageFrom(reply.data, "1610000000000000003");
    const { context } = await press("rt1:poll:fentanyl-ifs", message);
    const report = await fake.waitForRequest(isOriginalEdit(context.token), 10_000);
    const polls = sent((r) => isMessageIn(CHANNEL)(r) && JSON.stringify(r.body).includes('"poll"'));
    expect(polls).toHaveLength(1);
    const body = polls[0]?.body as {
      content: string;
      poll: {
        question: { text: string };
        answers: { poll_media: { text: string } }[];
        duration: number;
        allow_multiselect: boolean;
      };
    };
    expect(polls[0]?.status).toBe(200);
    expect(body.poll.question.text).toMatch(/who makes the better case\?$/);
    expect(body.poll.question.text.length).toBeLessThanOrEqual(300);
    expect(body.poll.answers.map((a) => a.poll_media.text)).toEqual([
      "Joe Biden (supports)",
      "Rayhan Asat (opposes)",
      "Not sure yet",
    ]);
    expect(body.poll.duration).toBe(48);
    expect(body.poll.allow_multiselect).toBe(false);
    expect(body.content).toContain("**Rayhan Asat**");
    expect(body.content).toContain("¶13");
    expect(report.body).toMatchObject({ content: "📊 Posted the poll in this channel." });
  });

  it("posts one poll per reply: its button becomes a link to it, and a later press links to it", async () => {
    const reply = await runDiscuss();
    const message = messageFrom(reply.data, "1610000000000000004");
    const isPoll = (r: RecordedRequest) =>
      isMessageIn(CHANNEL)(r) && JSON.stringify(r.body).includes('"poll"');
    const before = sent(isPoll).length;
    await press("rt1:poll:fentanyl-ifs", message);
    const edit = await fake.waitForRequest(
      (r) => r.method === "PATCH" && r.route === `/channels/${CHANNEL}/messages/${message.id}`,
      10_000,
    );
    const pollId = (sent(isPoll).at(-1)?.response as { id: string }).id;
    expect(edit.status).toBe(200);
    const buttons = (edit.body as { components: { components: Record<string, unknown>[] }[] })
      .components[0]?.components;
    const link = String(buttons?.[1]?.["url"]);
    // The poll's own link, in the server the button was pressed in.
    expect(link).toMatch(new RegExp(`^https://discord\\.com/channels/\\d+/${CHANNEL}/${pollId}$`));
    expect(buttons?.map((b) => b["custom_id"] ?? b["label"])).toEqual([
      "rt1:thread:fentanyl-ifs",
      "📊 See the poll",
    ]);
    expect(fake.state.channelMessages.get(message.id)?.components).toEqual(
      (edit.body as { components: unknown }).components,
    );
    // A press from a client that still shows the old button: the poll's link, no second poll.
    const again = await press("rt1:poll:fentanyl-ifs", message);
    expect(again.callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(again.callback.data?.["flags"]).toBe(MessageFlags.Ephemeral);
    expect(String(again.callback.data?.["content"])).toBe(
      `📊 This discussion already has its poll: ${link}`,
    );
    expect(sent(isPoll)).toHaveLength(before + 1);
  });

  it.each([
    {
      button: "rt1:thread:fentanyl-ifs",
      who: { memberPermissions: permissionsWithout(PermissionFlagsBits.CreatePublicThreads) },
      says: "Only members who may create public threads",
    },
    {
      button: "rt1:poll:fentanyl-ifs",
      who: { memberPermissions: permissionsWithout(PermissionFlagsBits.SendPolls) },
      says: "Only members who may send polls",
    },
    {
      button: "rt1:thread:fentanyl-ifs",
      who: { appPermissions: permissionsWithout(PermissionFlagsBits.SendMessagesInThreads) },
      says: "Roundtable lacks Send Messages in Threads",
    },
    {
      button: "rt1:poll:fentanyl-ifs",
      who: { appPermissions: permissionsWithout(PermissionFlagsBits.SendPolls) },
      says: "Roundtable lacks Send Polls",
    },
  ])("refuses $button privately when $says", async ({ button, who, says }) => {
    const reply = await runDiscuss();
    const message = messageFrom(reply.data, `162000000000000000${sequence % 10}`);
    const requestsBefore = fake.requests.length;
    const { callback } = await press(button, message, who);
    expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(callback.data?.["flags"]).toBe(MessageFlags.Ephemeral);
    expect(String(callback.data?.["content"])).toContain(says);
    const after = fake.requests
      .slice(requestsBefore)
      .filter((r) => r.route.startsWith("/channels/"));
    expect(after).toEqual([]);
  });

  it("refuses on a private reply, whatever the permissions", async () => {
    const reply = await runDiscuss(false);
    const message = messageFrom(
      { ...reply.data, flags: MessageFlags.Ephemeral, components: [] },
      "1630000000000000001",
    );
    const { callback } = await press("rt1:poll:fentanyl-ifs", message);
    expect(String(callback.data?.["content"])).toContain("This answer is private");
  });
});
