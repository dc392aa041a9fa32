import fc from "fast-check";
import { MessageFlags } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { renderChoices } from "../../src/render/discord-choices.ts";
import { renderErrorMessage } from "../../src/render/discord-error.ts";
import { MENTION_BREAKER } from "../../src/render/escape.ts";
import { CHOICE_NAME_MAX, CHOICE_VALUE_MAX, MESSAGE_CONTENT_MAX } from "../../src/render/limits.ts";
import { hostileText } from "./arbitraries.ts";
import { expectNoRawMention, expectWithinDiscordLimits, findRawMention } from "./discord-checks.ts";

const Z = MENTION_BREAKER;

describe("renderErrorMessage", () => {
  it("is private, allows no mention and shows the error id", () => {
    expect(renderErrorMessage("Something went wrong.", "e7f3a9")).toEqual({
      content: "⚠️ Something went wrong.\nError id: `e7f3a9`",
      allowed_mentions: { parse: [] },
      flags: MessageFlags.Ephemeral,
    });
  });

  it("escapes what the user typed when the message quotes it", () => {
    const payload = renderErrorMessage("No one called “@everyone <@1> **x**”.");
    expect(payload.content).toBe(`⚠️ No one called “@${Z}everyone \\<@1> \\*\\*x\\*\\*”.`);
  });

  it("drops anything in an error id that is not a plain token", () => {
    expect(renderErrorMessage("Oops.", "`<@1>`\nab-c_9").content).toBe(
      "⚠️ Oops.\nError id: `1ab-c_9`",
    );
  });

  it("stays within the content limit for any message", () => {
    fc.assert(
      fc.property(hostileText(), fc.option(fc.string({ maxLength: 300 })), (message, errorId) => {
        const payload = renderErrorMessage(message, errorId ?? undefined);
        expectWithinDiscordLimits(payload);
        expectNoRawMention(payload);
        expect(payload.content?.length).toBeLessThanOrEqual(MESSAGE_CONTENT_MAX);
        expect(payload.flags).toBe(MessageFlags.Ephemeral);
      }),
      { numRuns: 200 },
    );
  });
});

describe("renderChoices", () => {
  it("keeps order, drops duplicate values and stops at 25", () => {
    const choices = Array.from({ length: 40 }, (_, index) => ({
      name: `Actor ${index % 30}`,
      value: `actor-${index % 30}`,
    }));
    const rendered = renderChoices(choices).choices ?? [];
    expect(rendered).toHaveLength(25);
    expect(rendered.map((choice) => choice.value)).toEqual(
      Array.from({ length: 25 }, (_, index) => `actor-${index}`),
    );
  });

  it.each([
    [
      "a long name is cut with a mark",
      { name: "Rayhan Asat ".repeat(20), value: "rayhan-asat" },
      { name: `${"Rayhan Asat ".repeat(8).trim()}…`, value: "rayhan-asat" },
    ],
    [
      "a long value is cut without one",
      { name: "X", value: "v".repeat(150) },
      { name: "X", value: "v".repeat(100) },
    ],
    [
      "a surrogate pair is not split",
      { name: "😀".repeat(60), value: "😀".repeat(60) },
      { name: `${"😀".repeat(49)}…`, value: "😀".repeat(50) },
    ],
    [
      "an empty name shows the value",
      { name: "  ", value: "fentanyl-ifs" },
      { name: "fentanyl-ifs", value: "fentanyl-ifs" },
    ],
    [
      "mentions are broken in names",
      { name: "@everyone <@1>", value: "x" },
      { name: `@${Z}everyone <${Z}@1>`, value: "x" },
    ],
    [
      "control characters and newlines go",
      { name: "a\u001b[31m\nb", value: "a\tb" },
      { name: "a b", value: "a b" },
    ],
  ])("%s", (_name, choice, expected) => {
    expect(renderChoices([choice]).choices).toEqual([expected]);
  });

  it("drops a choice with nothing to send", () => {
    expect(renderChoices([{ name: "Nobody", value: "\u0000" }]).choices).toEqual([]);
  });

  it("always fits Discord's limits", () => {
    const choice = fc.record({ name: hostileText(), value: hostileText() });
    fc.assert(
      fc.property(fc.array(choice, { maxLength: 60 }), (choices) => {
        const rendered = renderChoices(choices).choices ?? [];
        expect(rendered.length).toBeLessThanOrEqual(25);
        expect(new Set(rendered.map((entry) => entry.value)).size).toBe(rendered.length);
        for (const entry of rendered) {
          expect(entry.name.length).toBeGreaterThan(0);
          expect(entry.name.length).toBeLessThanOrEqual(CHOICE_NAME_MAX);
          expect(String(entry.value).length).toBeLessThanOrEqual(CHOICE_VALUE_MAX);
          expect(findRawMention(entry.name)).toBeNull();
        }
      }),
      { numRuns: 200 },
    );
  });
});
