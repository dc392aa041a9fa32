/** One poll per /discuss reply, through the port: claims, failures, and page clicks after it. */
import {
  ButtonStyle,
  ComponentType,
  InteractionResponseType,
  type APIButtonComponentWithURL,
  type APIMessageComponentInteraction,
  type APIMessageTopLevelComponent,
} from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import type { InteractionPlan } from "../../src/interactions/interaction-plan.ts";
import { createPollLedger } from "../../src/interactions/poll-ledger.ts";
import { keepPollLink, postPoll } from "../../src/interactions/poll-flow.ts";
import { POLL_POSTED, renderDiscussRow } from "../../src/render/discord-buttons.ts";
import { buildButtonInteraction, buildMessage, buildUser } from "../support/fake-discord/index.ts";
import { answer, cite, item, section } from "../render/answers.ts";
import { createIdlePort } from "../support/idle-port.ts";

const discussion = answer({
  command: "discuss",
  actions: ["thread", "poll"],
  sections: [section("Where they disagree", "mixed", [item("First?", [cite(2)])])],
});
const row = renderDiscussRow(discussion, false);
const message = buildMessage({
  id: "1610000000000000009",
  channelId: "1300000000000000001",
  author: buildUser("1", "Roundtable", true),
  body: { content: "Discussion", components: row === null ? [] : [row] },
});
const press = buildButtonInteraction(
  { id: "1", token: "t" },
  "rt1:poll:fentanyl-ifs",
  message,
) as APIMessageComponentInteraction;

interface Calls {
  readonly posted: unknown[];
  readonly edited: unknown[];
  readonly said: string[];
}

function createPort(calls: Calls, failing: { post?: boolean; edit?: boolean } = {}) {
  const port = createIdlePort({
    createMessage: async (_channel, body) => {
      if (failing.post === true) throw new Error("refused");
      calls.posted.push(body);
      return "1500000000000000042";
    },
    editMessage: async (_channel, _message, body) => {
      if (failing.edit === true) throw new Error("gone");
      calls.edited.push(body);
    },
  });
  return port;
}

const target = (polls = createPollLedger()) => ({
  interaction: press,
  channelId: "1300000000000000001",
  polls,
});
const render = () => ({ content: "poll" });

describe("posting a poll", () => {
  it("posts once, marks the reply, and tells a second press where the poll is", async () => {
    const calls: Calls = { posted: [], edited: [], said: [] };
    const say = async (text: string) => void calls.said.push(text);
    const polls = createPollLedger();
    await postPoll(createPort(calls), target(polls), say, render);
    await postPoll(createPort(calls), target(polls), say, render);
    expect(calls.posted).toHaveLength(1);
    expect(calls.edited).toHaveLength(1);
    const link = polls.find(message.id);
    expect(link).toMatch(/\/1300000000000000001\/1500000000000000042$/u);
    expect(calls.said).toEqual([
      "📊 Posted the poll in this channel.",
      `📊 This discussion already has its poll: ${link}`,
    ]);
  });

  it("says it posted when the reply cannot be edited, and frees the claim when the post fails", async () => {
    const calls: Calls = { posted: [], edited: [], said: [] };
    const say = async (text: string) => void calls.said.push(text);
    const polls = createPollLedger();
    await expect(
      postPoll(createPort(calls, { post: true }), target(polls), say, render),
    ).rejects.toThrow("refused");
    expect(polls.find(message.id)).toBeNull();
    await postPoll(createPort(calls, { edit: true }), target(polls), say, render);
    expect(calls.posted).toHaveLength(1);
    expect(calls.said).toEqual(["📊 Posted the poll in this channel."]);
  });
});

describe("a page click on a reply whose poll is posted", () => {
  const link = "https://discord.com/channels/1/2/3";
  const page: InteractionPlan = {
    response: {
      type: InteractionResponseType.UpdateMessage,
      data: { content: "page 2", components: row === null ? [] : [row] },
    },
    log: { command: "discuss", outcome: "answer" },
  };
  const linkButton: APIButtonComponentWithURL = {
    type: ComponentType.Button,
    style: ButtonStyle.Link,
    label: POLL_POSTED,
    url: link,
  };

  it("keeps the link instead of bringing Make a poll back", () => {
    const marked: APIMessageTopLevelComponent[] = [
      { type: ComponentType.ActionRow, components: [linkButton] },
    ];
    const kept = keepPollLink(page, marked);
    const buttons = JSON.stringify(kept.response);
    expect(buttons).toContain(link);
    expect(buttons).toContain("rt1:thread:");
    expect(buttons).not.toContain("rt1:poll:");
  });

  it("leaves a page of a reply without a poll as it is", () => {
    expect(keepPollLink(page, row === null ? [] : [row])).toBe(page);
  });
});
