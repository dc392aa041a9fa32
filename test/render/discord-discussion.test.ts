import { ButtonStyle, ComponentType, MessageFlags } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import type { Disagreement } from "../../src/model/answer.ts";
import { formatCustomId, parseCustomId } from "../../src/render/custom-id.ts";
import { markPollPosted, POLL_POSTED, renderDiscussRow } from "../../src/render/discord-buttons.ts";
import {
  renderDisagreementPoll,
  renderExistingThread,
  renderThreadQuestions,
  renderThreadStart,
} from "../../src/render/discord-discussion.ts";
import { FormErrors } from "../support/fake-discord/discord-error.ts";
import { ALLOWED_FLAGS, checkMessage } from "../support/fake-discord/validate-message.ts";
import { answer, cite, item, section } from "./answers.ts";
import { findRawMention } from "./discord-checks.ts";

const HOSTILE_TITLES = [
  "</svg><script>alert(1)</script> **bold** @everyone <@123>",
  "ש".repeat(200) + " ‮evil‭ " + "عربي".repeat(50),
  "A\nline\u0000break\ttitle " + "x".repeat(500),
  "   ",
];

function refusals(body: unknown): string[] {
  const errors = new FormErrors();
  checkMessage(errors, [], body, { isCreation: true, allowedFlags: ALLOWED_FLAGS.channelMessage });
  return errors.filed.map((error) => error.path.join("."));
}

const disagreement = (overrides: Partial<Disagreement> = {}): Disagreement => ({
  point: "The U.S. removed the Institute of Forensic Science from the Entity List.",
  positions: [
    {
      voice: "Matt Miller",
      stance: "supports",
      words: [{ text: "we decided", style: "quote" }],
      citations: [cite(9)],
    },
    {
      voice: "Rayhan Asat",
      stance: "opposes",
      words: [{ text: "Biden traded", style: "quote" }],
      citations: [cite(14)],
    },
  ],
  ...overrides,
});

const POLL_OPTIONS = {
  durationHours: 24,
  articleId: "fentanyl-ifs",
  title: "U.S. Lifts Sanctions",
};

describe("the thread's name and questions", () => {
  it.each(HOSTILE_TITLES)("names the thread within 1–100 characters on one line: %#", (title) => {
    const { name } = renderThreadStart(title);
    expect([...name].length).toBeGreaterThanOrEqual(1);
    expect(name.length).toBeLessThanOrEqual(100);
    expect([..."\n\u0000\u202e"].some((character) => name.includes(character))).toBe(false);
    expect(name).toMatch(/^Discussion/);
  });

  it("posts one message per question, numbered, each with its ¶ and no preview cards", () => {
    const discussion = answer({
      command: "discuss",
      sections: [
        section("Where they disagree", "mixed", [
          item("First?", [cite(2), cite(14)]),
          item("Second?", [cite(9)]),
        ]),
        section("Who is missing", "info", [item("Third?", [cite(1)])]),
      ],
    });
    const messages = renderThreadQuestions(discussion, "fentanyl-ifs");
    expect(messages.map((m) => m.content)).toEqual([
      expect.stringMatching(/^\*\*Question 1 of 3\*\* · First\? — .*¶2.*¶14/),
      expect.stringMatching(/^\*\*Question 2 of 3\*\* · Second\? — .*¶9/),
      expect.stringMatching(/^\*\*Question 3 of 3\*\* · Third\? — .*¶1/),
    ]);
    for (const message of messages) {
      expect(message.flags).toBe(MessageFlags.SuppressEmbeds);
      expect(message.allowed_mentions).toEqual({ parse: [] });
      expect(refusals(message)).toEqual([]);
    }
  });
});

describe("the poll on the first disagreement", () => {
  it("asks about the point, answers with each voice's side, and cites the sides above", () => {
    const message = renderDisagreementPoll(disagreement(), POLL_OPTIONS);
    expect(message.poll?.question.text).toBe(
      "The U.S. removed the Institute of Forensic Science from the Entity List — who makes the better case?",
    );
    expect(message.poll?.answers.map((a) => a.poll_media.text)).toEqual([
      "Matt Miller (supports)",
      "Rayhan Asat (opposes)",
      "Not sure yet",
    ]);
    expect(message.content).toMatch(/\*\*Matt Miller\*\* \(supports\): “we decided” — .*¶9/);
    expect(message.content).toMatch(/\*\*Rayhan Asat\*\* \(opposes\): “Biden traded” — .*¶14/);
    expect(refusals(message)).toEqual([]);
  });

  it("stays within every poll limit on hostile, oversized text", () => {
    const long = "@everyone <@123> **x** ".repeat(40);
    const positions = Array.from({ length: 12 }, (_, index) => ({
      voice: `${long}${index}`,
      stance: "mixed" as const,
      words: [{ text: long, style: "quote" as const }],
      citations: [cite(index + 1)],
    }));
    const message = renderDisagreementPoll(disagreement({ point: long, positions }), {
      ...POLL_OPTIONS,
      title: long,
      durationHours: 10_000,
    });
    expect(refusals(message)).toEqual([]);
    expect(message.poll?.answers).toHaveLength(10);
    const texts = (message.poll?.answers ?? []).map((a) => a.poll_media.text ?? "");
    expect(texts.slice(0, 9).every((text) => text.endsWith("(mixed)"))).toBe(true);
    expect(texts[9]).toBe("Not sure yet");
    expect(message.poll?.duration).toBe(768);
    for (const text of [message.content ?? "", message.poll?.question.text ?? "", ...texts]) {
      expect(findRawMention(text)).toBeNull();
    }
  });
});

describe("the Open a thread and Make a poll buttons", () => {
  const discussion = answer({
    command: "discuss",
    actions: ["thread", "poll"],
    sections: [section("Where they disagree", "mixed", [item("First?", [cite(2)])])],
  });

  it("carry versioned ids that name the article and read back", () => {
    const row = renderDiscussRow(discussion, false);
    const ids = row?.components.map((button) => ("custom_id" in button ? button.custom_id : ""));
    expect(ids).toEqual(["rt1:thread:fentanyl-ifs", "rt1:poll:fentanyl-ifs"]);
    expect(ids?.map((id) => parseCustomId(id))).toEqual([
      { ok: true, value: { kind: "thread", articleId: "fentanyl-ifs" } },
      { ok: true, value: { kind: "poll", articleId: "fentanyl-ifs" } },
    ]);
  });

  it("turn Make a poll into a link to the poll once it is posted, leaving the rest", () => {
    const row = renderDiscussRow(discussion, false);
    if (row === null) throw new Error("no row");
    const link = "https://discord.com/channels/1/2/3";
    const marked = markPollPosted([row, { type: ComponentType.TextDisplay, content: "x" }], link);
    expect(marked[0]).toEqual({
      ...row,
      components: [
        row.components[0],
        { type: ComponentType.Button, style: ButtonStyle.Link, label: POLL_POSTED, url: link },
      ],
    });
    expect(marked[1]).toEqual({ type: ComponentType.TextDisplay, content: "x" });
    const errors = new FormErrors();
    checkMessage(errors, [], { components: [marked[0]] }, { isCreation: false });
    expect(errors.filed).toEqual([]);
  });

  it("are left off a private reply and off an answer without the actions", () => {
    expect(renderDiscussRow(discussion, true)).toBeNull();
    expect(renderDiscussRow({ ...discussion, actions: [] }, false)).toBeNull();
  });

  it("are left off when the article id would make an id longer than 100", () => {
    expect(formatCustomId({ kind: "thread", articleId: "a".repeat(95) }).ok).toBe(false);
    const long = answer({
      ...discussion,
      sections: [section("s", "mixed", [item("q", [cite(1, { articleId: "a".repeat(95) })])])],
    });
    expect(renderDiscussRow(long, false)).toBeNull();
  });

  it("links an existing thread privately, writing only a real id into the mention", () => {
    expect(renderExistingThread("1610000000000000002").content).toContain("<#1610000000000000002>");
    expect(renderExistingThread("<@everyone>").content).not.toContain("<");
  });
});
