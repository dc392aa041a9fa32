import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Inline, InlineStyle } from "../../src/model/answer.ts";
import {
  renderInlineConsole,
  renderInlineDiscord,
  renderInlinesConsole,
  renderInlinesDiscord,
} from "../../src/render/inline.ts";
import { MENTION_BREAKER } from "../../src/render/escape.ts";
import { inlineArbitrary } from "./arbitraries.ts";
import { findRawMention } from "./discord-checks.ts";

const Z = MENTION_BREAKER;
const run = (style: InlineStyle, text: string): Inline => ({ style, text });

describe("renderInlineDiscord", () => {
  it.each([
    ["plain", "a *b*", "a \\*b\\*"],
    ["bold", "Matt Miller", "**Matt Miller**"],
    ["bold", " Matt ", " **Matt** "],
    ["bold", "**x**", "**\\*\\*x\\*\\***"],
    ["italic", "very", "*very*"],
    ["quote", "a step forward", "“a step forward”"],
    ["quote", "||spoiler|| @here", `“\\|\\|spoiler\\|\\| @${Z}here”`],
    ["highlight", "fentanyl", "__**fentanyl**__"],
    ["code", "rt1:page", "`rt1:page`"],
    ["code", "<@123> @everyone", `\`<${Z}@123> @${Z}everyone\``],
    ["code", "a`b", "a\\`b"],
    ["code", "```x```", "\\`\\`\\`x\\`\\`\\`"],
    ["bold", "", ""],
    ["italic", "  ", "  "],
  ] as const)("%s %j", (style, text, expected) => {
    expect(renderInlineDiscord(run(style, text))).toBe(expected);
  });
});

describe("renderInlinesDiscord", () => {
  it("joins runs and separates markers that would merge", () => {
    const rendered = renderInlinesDiscord([
      run("bold", "a"),
      run("italic", "b"),
      run("plain", " c"),
    ]);
    expect(rendered).toBe(`**a**${Z}*b* c`);
  });

  it("cuts the last run that fits at a word and marks it, dropping later runs", () => {
    const inlines = [
      run("bold", "Miller"),
      run("plain", ": "),
      run("quote", "one two three four five"),
    ];
    expect(renderInlinesDiscord(inlines, 28)).toBe("**Miller**: “one two three…”");
  });

  it("falls back to an earlier run when the last one has no room", () => {
    const inlines = [run("plain", "alpha beta gamma"), run("bold", "delta")];
    expect(renderInlinesDiscord(inlines, 17)).toBe("alpha beta gamma…");
  });

  it("marks a 10,000-character quote as cut and stays within the limit", () => {
    const quote = run("quote", "we will not back down ".repeat(455));
    const rendered = renderInlinesDiscord([quote], 1000);
    expect(rendered.length).toBeLessThanOrEqual(1000);
    expect(rendered).toMatch(/^“we will not back down .*[a-z]…”$/);
  });

  it("keeps every escape intact when cutting heavily escaped text", () => {
    const rendered = renderInlinesDiscord([run("plain", "*".repeat(500))], 101);
    expect(rendered.length).toBeLessThanOrEqual(101);
    expect(rendered).toMatch(/^(\\\*)+…$/);
  });

  it("marks the cut even when the run that overflows has no room for any text", () => {
    // Found by the property below: the backslash's run was dropped without a mark.
    const rendered = renderInlinesDiscord([run("plain", "-# sub"), run("plain", "\\")], 8);
    expect(rendered).toBe("\\-# sub…");
  });

  it("never exceeds the limit or lets a mention through", () => {
    fc.assert(
      fc.property(
        fc.array(inlineArbitrary(), { maxLength: 6 }),
        fc.integer({ min: 1, max: 1024 }),
        (inlines, max) => {
          const rendered = renderInlinesDiscord(inlines, max);
          expect(rendered.length).toBeLessThanOrEqual(max);
          expect(findRawMention(rendered)).toBeNull();
          const full = renderInlinesDiscord(inlines);
          if (full.length > max) expect(rendered).toContain("…");
          else expect(rendered).toBe(full);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("renderInlineConsole", () => {
  it.each([
    ["plain", "a *b*", "a *b*"],
    ["bold", "Matt Miller", "Matt Miller"],
    ["quote", "a step", "“a step”"],
    ["highlight", "fentanyl", "[fentanyl]"],
    ["code", "x`y", "x`y"],
    ["plain", "\u001b[31mred\u001b[0m", "red"],
  ] as const)("%s %j", (style, text, expected) => {
    expect(renderInlineConsole(run(style, text))).toBe(expected);
  });

  it("joins runs without markup", () => {
    const inlines = [run("bold", "Miller"), run("plain", " said "), run("quote", "no")];
    expect(renderInlinesConsole(inlines)).toBe("Miller said “no”");
  });
});
