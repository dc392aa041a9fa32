import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  escapeMarkdown,
  MENTION_BREAKER,
  neutralizeMentions,
  sanitizeText,
} from "../../src/render/escape.ts";
import {
  findLineStartMarkup,
  findRawMention,
  findUnescapedSpecials,
  unescapeMarkdown,
} from "./discord-checks.ts";
import { hostileText } from "./arbitraries.ts";

const Z = MENTION_BREAKER;

describe("escapeMarkdown", () => {
  it.each([
    ["@everyone look", `@${Z}everyone look`],
    ["@here", `@${Z}here`],
    ["@EVERYONE", `@${Z}EVERYONE`],
    ["hi <@123>", "hi \\<@123>"],
    ["<@!123>", "\\<@!123>"],
    ["<@&5>", "\\<@&5>"],
    ["<#42>", "\\<#42>"],
    ["</who:99>", "\\</who:99>"],
    ["<:pog:1>", "\\<:pog:1>"],
    ["**bold**", "\\*\\*bold\\*\\*"],
    ["__under__", "\\_\\_under\\_\\_"],
    ["~~strike~~", "\\~\\~strike\\~\\~"],
    ["||spoiler||", "\\|\\|spoiler\\|\\|"],
    ["`code`", "\\`code\\`"],
    ["```js\nx\n```", "\\`\\`\\`js\nx\n\\`\\`\\`"],
    ["[x](http://evil)", "\\[x\\](http://evil)"],
    ["# Heading", "\\# Heading"],
    ["line\n## Heading", "line\n\\## Heading"],
    ["> quoted", "\\> quoted"],
    ["a\n>>> rest", "a\n\\>>> rest"],
    ["- item", "\\- item"],
    ["-# subtext", "\\-# subtext"],
    ["  + item", "  \\+ item"],
    ["1. first", "1\\. first"],
    ["a\n12. twelfth", "a\n12\\. twelfth"],
    ["back\\slash", "back\\\\slash"],
    ["2 - 1 = 1 # not a heading", "2 - 1 = 1 # not a heading"],
    ["In 2023. Then", "In 2023. Then"],
    ["plain words", "plain words"],
  ])("escapes %j", (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it("keeps emoji, RTL text and zero-width joiners intact", () => {
    const text = "👨‍👩‍👧‍👦 🇺🇸 مرحبا שלום e\u0301";
    expect(escapeMarkdown(text)).toBe(text);
  });

  it("never leaves a markdown character, line marker or mention unescaped", () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        const escaped = escapeMarkdown(text);
        expect(findUnescapedSpecials(escaped)).toEqual([]);
        expect(findLineStartMarkup(escaped)).toEqual([]);
        expect(findRawMention(escaped)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it("shows the sanitised text verbatim once Discord drops the escapes", () => {
    const dropBreakers = (text: string) =>
      text.replace(new RegExp(`@${Z}(everyone|here)`, "gi"), "@$1");
    fc.assert(
      fc.property(hostileText(), (text) => {
        const shown = dropBreakers(unescapeMarkdown(escapeMarkdown(text)));
        expect(shown).toBe(dropBreakers(sanitizeText(text)));
      }),
      { numRuns: 300 },
    );
  });
});

describe("sanitizeText", () => {
  it.each([
    ["ANSI colour", "\u001b[31mred\u001b[0m", "red"],
    ["OSC hyperlink", "\u001b]8;;http://evil\u0007link\u001b]8;;\u0007", "link"],
    ["NUL and bell", "a\u0000b\u0007c", "abc"],
    ["C1 control", "a\u009bb", "ab"],
    ["CRLF", "a\r\nb\rc", "a\nb\nc"],
    ["tab", "a\tb", "a b"],
    ["right-to-left override", "abc\u202edcba", "abcdcba"],
    ["isolates", "\u2066x\u2069", "x"],
    ["byte-order mark", "\ufeffx", "x"],
    ["lone high surrogate", "a\ud83db", "a\ufffdb"],
    ["lone low surrogate", "a\ude00b", "a\ufffdb"],
    ["line separator", "a\u2028b", "a\nb"],
    ["keeps pairs, RTL and joiners", "😀 مرحبا 👩‍💻", "😀 مرحبا 👩‍💻"],
  ])("handles %s", (_name, input, expected) => {
    expect(sanitizeText(input)).toBe(expected);
  });
});

describe("neutralizeMentions", () => {
  it.each([
    ["@everyone", `@${Z}everyone`],
    ["@here now", `@${Z}here now`],
    ["<@123>", `<${Z}@123>`],
    ["<@&5>", `<${Z}@&5>`],
    ["<#7>", `<${Z}#7>`],
    ["</cmd:1>", `<${Z}/cmd:1>`],
    ["<t:1700000000:R>", `<${Z}t:1700000000:R>`],
    ["mail@example.com 3 < 4", "mail@example.com 3 < 4"],
  ])("breaks %j", (input, expected) => {
    expect(neutralizeMentions(input)).toBe(expected);
    expect(findRawMention(neutralizeMentions(input))).toBeNull();
  });
});
