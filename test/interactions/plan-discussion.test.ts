/** Planning for issue 14: when the picture is drawn, and which replies carry the discuss buttons. */
import { MessageFlags, type APIInteraction } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import type { Dispatch } from "../../src/interactions/dispatch.ts";
import type { InteractionPort, UploadFile } from "../../src/interactions/interaction-plan.ts";
import { planInteraction } from "../../src/interactions/plan-interaction.ts";
import type { Answer } from "../../src/model/answer.ts";
import type { TimelinePicture } from "../../src/render/timeline-picture/render-timeline-picture.ts";
import {
  buildButtonInteraction,
  buildChatInputInteraction,
  buildMessage,
  buildUser,
} from "../support/fake-discord/index.ts";
import { answer, cite, item, section } from "../render/answers.ts";

const timeline = answer({
  command: "timeline",
  title: "Timeline",
  sections: [
    section(
      "Events",
      "info",
      Array.from({ length: 40 }, (_, i) => item(`Event ${i} `.repeat(60), [cite(i + 1)])),
    ),
  ],
});
const discussion = answer({
  command: "discuss",
  title: "Discussion",
  actions: ["thread", "poll"],
  sections: [section("Where they disagree", "mixed", [item("First?", [cite(2)])])],
});
const picture: TimelinePicture = {
  fileName: "timeline.png",
  png: Buffer.from("png"),
  width: 10,
  height: 10,
  description: "Picture of a timeline",
  svg: "<svg/>",
};

function createPort(edits: { body: unknown; files: readonly UploadFile[] }[]): InteractionPort {
  return {
    countPins: async () => 0,
    pinMessage: async () => undefined,
    editOriginal: async (body, files = []) => void edits.push({ body, files }),
    followUp: async () => undefined,
    startThread: async () => "0",
    createMessage: async () => "0",
    editMessage: async () => undefined,
  };
}

const dispatchAnswer =
  (reply: Answer): Dispatch =>
  async (request) => ({
    kind: "answer",
    answer: reply,
    isPrivate: request.options["public"] === false,
  });

const message = (flags = 0) =>
  buildMessage({
    id: "1600000000000000009",
    channelId: "1300000000000000001",
    author: buildUser("1", "bot", true),
    body: { flags },
  });

describe("the /timeline picture in the plan", () => {
  it("answers in text first, then edits in the picture with its alt text", async () => {
    let drawn = 0;
    const plan = await planInteraction(
      buildChatInputInteraction({ id: "1", token: "t" }, "timeline") as APIInteraction,
      {
        dispatch: dispatchAnswer(timeline),
        drawTimeline: async () => {
          drawn += 1;
          return picture;
        },
      },
    );
    expect(drawn).toBe(0);
    const edits: { body: unknown; files: readonly UploadFile[] }[] = [];
    await plan.followUp?.(createPort(edits));
    expect(edits).toEqual([
      {
        body: {
          attachments: [{ id: 0, filename: "timeline.png", description: "Picture of a timeline" }],
        },
        files: [{ name: "timeline.png", data: picture.png, contentType: "image/png" }],
      },
    ]);
  });

  it("draws nothing on a page click: the message keeps its picture", async () => {
    const plan = await planInteraction(
      buildButtonInteraction(
        { id: "2", token: "t" },
        "rt1:page:2:timeline",
        message(),
      ) as APIInteraction,
      { dispatch: dispatchAnswer(timeline), drawTimeline: async () => picture },
    );
    expect(plan.followUp).toBeUndefined();
    expect(JSON.stringify(plan.response)).not.toContain("attachments");
  });

  it("edits nothing when there is no event to draw", async () => {
    const plan = await planInteraction(
      buildChatInputInteraction({ id: "3", token: "t" }, "timeline") as APIInteraction,
      {
        dispatch: dispatchAnswer(timeline),
        drawTimeline: async () => null,
      },
    );
    const edits: { body: unknown; files: readonly UploadFile[] }[] = [];
    await plan.followUp?.(createPort(edits));
    expect(edits).toEqual([]);
  });
});

describe("the discuss buttons in the plan", () => {
  const ids = (plan: Awaited<ReturnType<typeof planInteraction>>) =>
    JSON.stringify(plan.response).match(/rt1:(thread|poll):[^"]+/g) ?? [];

  it("puts them on a public reply and on its pages, not on a private reply's pages", async () => {
    const deps = { dispatch: dispatchAnswer(discussion) };
    const reply = await planInteraction(
      buildChatInputInteraction({ id: "4", token: "t" }, "discuss") as APIInteraction,
      deps,
    );
    expect(ids(reply)).toEqual(["rt1:thread:fentanyl-ifs", "rt1:poll:fentanyl-ifs"]);
    const privatePage = await planInteraction(
      buildButtonInteraction(
        { id: "5", token: "t" },
        "rt1:page:1:discuss",
        message(MessageFlags.Ephemeral),
      ) as APIInteraction,
      deps,
    );
    expect(ids(privatePage)).toEqual([]);
  });
});

describe("a press whose discussion has nothing to post", () => {
  const press = (customId: string, reply: Answer) =>
    planInteraction(
      buildButtonInteraction({ id: "6", token: "t" }, customId, message()) as APIInteraction,
      { dispatch: dispatchAnswer(reply) },
    );

  it("refuses a thread with no questions and a poll with no disagreement, posting nothing", async () => {
    const empty = answer({ command: "discuss", title: "Discussion", sections: [] });
    const thread = await press("rt1:thread:fentanyl-ifs", empty);
    const poll = await press("rt1:poll:fentanyl-ifs", empty);
    expect([thread, poll].map((plan) => plan.followUp)).toEqual([undefined, undefined]);
    expect(JSON.stringify(thread.response)).toContain("no discussion questions");
    expect(JSON.stringify(poll.response)).toContain("nothing to poll");
  });
});
