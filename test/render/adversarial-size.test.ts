import { describe, expect, it } from "vitest";
import { renderConsoleText } from "../../src/render/console-text.ts";
import { renderDiscordMessage } from "../../src/render/discord-message.ts";
import { escapeMarkdown, sanitizeText } from "../../src/render/escape.ts";
import { truncateText } from "../../src/render/truncate.ts";
import { answer, cite, item, plain, section } from "./answers.ts";
import { expectWithinDiscordLimits } from "./discord-checks.ts";

/** Inputs shaped to make a backtracking regular expression take quadratic time. */
const ADVERSARIAL = [
  ["escape openers", "\u001b[".repeat(50_000)],
  ["unterminated OSC", "\u001b]8;;".repeat(40_000)],
  ["a line of spaces", `\n${" ".repeat(200_000)}x`],
  ["digits without a dot", `\n${"1".repeat(200_000)}`],
  ["newline-space runs", "\n \t".repeat(70_000)],
  ["half mentions", "<@".repeat(100_000)],
  ["markdown soup", "*_~`|[]<>#-".repeat(20_000)],
  ["combining marks on one letter", `a${"\u0301".repeat(200_000)}`],
] as const;

// A per-test timeout bounds the run time without the test reading a clock.
const BOUND_MS = 5_000;

describe("render on adversarially long input", () => {
  it.each(ADVERSARIAL)(
    "escapes, sanitises and truncates %s in bounded time",
    (_name, text) => {
      expect(sanitizeText(text).length).toBeLessThanOrEqual(text.length);
      expect(escapeMarkdown(text).length).toBeGreaterThan(0);
      expect(truncateText(text, 1000).length).toBeLessThanOrEqual(1000);
    },
    BOUND_MS,
  );

  it.each(ADVERSARIAL)(
    "renders an answer made of %s in bounded time",
    (_name, text) => {
      const value = answer({
        title: text,
        intro: [plain(text)],
        sections: [
          section(text, "info", [
            item([{ text, style: "quote" }], [cite(1, { articleTitle: text })]),
          ]),
        ],
      });
      expectWithinDiscordLimits(
        renderDiscordMessage(value, { page: 1, pageKey: "k", isPrivate: false }),
      );
      expect(renderConsoleText(value).length).toBeGreaterThan(0);
    },
    BOUND_MS,
  );

  it(
    "pages 200 items of 10,000 characters each",
    () => {
      const quote = "precursor chemicals shipped abroad ".repeat(290);
      const items = Array.from({ length: 200 }, (_, index) =>
        item([{ text: quote, style: "quote" }], [cite(index + 1)]),
      );
      const payload = renderDiscordMessage(
        answer({ sections: [section("Quotes", "info", items)] }),
        {
          page: 3,
          pageKey: "k",
          isPrivate: false,
        },
      );
      expectWithinDiscordLimits(payload);
      expect(payload.embeds?.at(-1)?.footer?.text).toMatch(/^Page 3 of \d+ · ¶ = paragraphs of “/);
    },
    BOUND_MS,
  );
});
