import fc from "fast-check";
import { MessageFlags } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/model/answer.ts";
import { renderDiscordMessage } from "../../src/render/discord-message.ts";
import { answerArbitrary, hostileText } from "./arbitraries.ts";
import {
  expectNoRawMention,
  expectWithinDiscordLimits,
  findLineStartMarkup,
  findUnescapedSpecials,
} from "./discord-checks.ts";

const pageKeyArbitrary = fc.oneof(
  fc.constant(null),
  fc.constant("who|miller"),
  hostileText(),
  fc.string({ minLength: 80, maxLength: 120 }),
);

function countItems(value: Answer): number {
  return value.sections.reduce((sum, section) => sum + section.items.length, 0);
}

function countPages(value: Answer): number {
  const first = renderDiscordMessage(value, { page: 1, pageKey: null, isPrivate: false });
  const footer = first.embeds?.at(-1)?.footer?.text ?? "";
  return Number(/Page 1 of (\d+)/.exec(footer)?.[1] ?? "1");
}

// Shrinking a whole answer re-renders it thousands of times; a failure reports its seed and
// the unshrunk answer instead, which replays exactly.
describe("renderDiscordMessage over arbitrary answers", () => {
  it("never exceeds a limit, never allows a mention, and flags private replies", () => {
    fc.assert(
      fc.property(
        answerArbitrary(),
        fc.integer({ min: -2, max: 8 }),
        pageKeyArbitrary,
        fc.boolean(),
        (value, page, pageKey, isPrivate) => {
          const payload = renderDiscordMessage(value, { page, pageKey, isPrivate });
          expectWithinDiscordLimits(payload);
          expectNoRawMention(payload);
          expect(payload.allowed_mentions).toEqual({ parse: [] });
          expect(payload.flags).toBe(isPrivate ? MessageFlags.Ephemeral : undefined);
        },
      ),
      { numRuns: 80, endOnFailure: true },
    );
  });

  it("lets no markdown through from plain untrusted text", () => {
    fc.assert(
      fc.property(answerArbitrary(["plain", "quote"]), (value) => {
        const unlinked: Answer = {
          ...value,
          sections: value.sections.map((section) => ({
            ...section,
            items: section.items.map((entry) => ({
              ...entry,
              citations: entry.citations.map((citation) => ({ ...citation, url: null })),
            })),
          })),
        };
        const payload = renderDiscordMessage(unlinked, { page: 1, pageKey: "k", isPrivate: false });
        for (const embed of payload.embeds ?? []) {
          const texts = [embed.title ?? "", embed.description ?? ""];
          texts.push(...(embed.fields ?? []).flatMap((field) => [field.name, field.value]));
          for (const text of texts) {
            expect(findUnescapedSpecials(text), text).toEqual([]);
            expect(findLineStartMarkup(text), text).toEqual([]);
          }
        }
      }),
      { numRuns: 60, endOnFailure: true },
    );
  });

  it("shows every item exactly once across its pages", () => {
    const small = answerArbitrary().filter((value) => countItems(value) <= 60);
    fc.assert(
      fc.property(small, (value) => {
        const pageCount = countPages(value);
        let lines = 0;
        for (let page = 1; page <= pageCount; page += 1) {
          const payload = renderDiscordMessage(value, { page, pageKey: "k", isPrivate: false });
          for (const embed of payload.embeds ?? []) {
            for (const field of embed.fields ?? []) lines += field.value.split("\n").length;
          }
        }
        expect(lines).toBe(countItems(value));
      }),
      { numRuns: 40, endOnFailure: true },
    );
  });
});
