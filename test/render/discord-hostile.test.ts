import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/model/answer.ts";
import { MENTION_BREAKER } from "../../src/render/escape.ts";
import { renderDiscordMessage } from "../../src/render/discord-message.ts";
import { answer, cite, item, plain, section } from "./answers.ts";
import {
  expectNoRawMention,
  expectWithinDiscordLimits,
  findLineStartMarkup,
  findUnescapedSpecials,
} from "./discord-checks.ts";

const Z = MENTION_BREAKER;
const HOSTILE =
  "@everyone @here <@123> <@!123> <@&5> <#42> </who:1> **bold** __u__ ~~s~~ ||spoiler|| `tick` " +
  "```js\ncode\n``` [x](http://evil) \n# heading\n> quote\n- list\n1. list 👨‍👩‍👧‍👦 مرحبا \u200b\u202e";

function render(value: Answer) {
  const payload = renderDiscordMessage(value, { page: 1, pageKey: "k", isPrivate: false });
  expectWithinDiscordLimits(payload);
  expectNoRawMention(payload);
  return payload;
}

function markdownStrings(value: Answer): string[] {
  return (render(value).embeds ?? []).flatMap((embed) => [
    embed.title ?? "",
    embed.description ?? "",
    ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
  ]);
}

describe("renderDiscordMessage: hostile input", () => {
  it("escapes every markdown and mention form wherever untrusted text appears", () => {
    const hostileCitation = cite(2, { articleTitle: HOSTILE, url: null });
    const value = answer({
      title: HOSTILE,
      intro: [plain(HOSTILE)],
      hint: HOSTILE,
      footer: HOSTILE,
      sections: [section(HOSTILE, "opposes", [item([plain(HOSTILE)], [hostileCitation])])],
    });
    for (const text of markdownStrings(value)) {
      expect(findUnescapedSpecials(text), text).toEqual([]);
      expect(findLineStartMarkup(text), text).toEqual([]);
    }
    const footer = render(value).embeds?.at(-1)?.footer?.text ?? "";
    expect(footer).toContain(`@${Z}everyone`);
    expect(footer).toContain(`<${Z}@123>`);
  });

  it("cuts a 10,000-character quote with a visible mark and keeps its citation", () => {
    const quote = "They will not stop the flow of precursors ".repeat(240);
    const value = answer({
      sections: [section("Quotes", "info", [item([{ text: quote, style: "quote" }], [cite(9)])])],
    });
    const line = render(value).embeds?.[0]?.fields?.[0]?.value ?? "";
    expect(line.length).toBeLessThanOrEqual(1024);
    expect(line).toMatch(/^• “They will not stop .*[a-z]…” — \[¶9\]\(https:/);
  });

  it.each([
    ["a 10,000-character title", answer({ title: "T".repeat(10_000) })],
    ["a 10,000-character intro", answer({ intro: [plain("intro ".repeat(1700))] })],
    ["a 10,000-character hint", answer({ hint: "hint ".repeat(2000) })],
    ["a 10,000-character footer", answer({ footer: "footer ".repeat(1500) })],
    [
      "a 1,000-character heading",
      answer({ sections: [section("H".repeat(1000), "info", [item("x")])] }),
    ],
    [
      "500 citations on one item",
      answer({
        sections: [
          section("S", "info", [
            item(
              "x",
              Array.from({ length: 500 }, (_, n) => cite(n + 1, { articleId: `a${n}` })),
            ),
          ]),
        ],
      }),
    ],
    [
      "a 5,000-character URL",
      answer({ title: "t", url: `https://example.com/${"x".repeat(5000)}` }),
    ],
    [
      "everything long at once",
      answer({
        title: "T".repeat(400),
        intro: [plain("i".repeat(9000))],
        hint: "h".repeat(9000),
        footer: "f".repeat(9000),
        sections: [
          section(
            "H".repeat(400),
            "mixed",
            Array.from({ length: 30 }, () =>
              item("b".repeat(3000), [cite(1, { articleTitle: "t".repeat(400) })]),
            ),
          ),
        ],
      }),
    ],
  ])("stays within every limit with %s", (_name, value) => {
    const payload = render(value);
    expect(payload.embeds?.length).toBeGreaterThan(0);
  });

  it("does not link an embed to a javascript: URL", () => {
    const payload = render(answer({ url: "javascript:alert(1)" }));
    expect(payload.embeds?.[0]?.url).toBeUndefined();
  });

  it("keeps emoji, right-to-left text and zero-width joiners whole", () => {
    const text = "👩‍💻 مرحبا بالعالم 🇺🇸 e\u0301";
    const payload = render(answer({ sections: [section("S", "info", [item(text, [])])] }));
    expect(payload.embeds?.[0]?.fields?.[0]?.value).toBe(`• ${text}`);
  });

  it("turns line breaks inside an item into spaces so it stays one line", () => {
    const payload = render(
      answer({ sections: [section("S", "info", [item("one\n# two\r\nthree", [])])] }),
    );
    expect(payload.embeds?.[0]?.fields?.[0]?.value).toBe("• one # two three");
  });

  it.each([
    ["an empty body shows only the citation", item([], [cite(3)]), /^• \[¶3\]\(https:/],
    ["an empty item still shows a bullet", item([], []), /^• $/],
  ])("%s", (_name, entry, pattern) => {
    const payload = render(answer({ sections: [section("S", "info", [entry])] }));
    expect(payload.embeds?.[0]?.fields?.[0]?.value).toMatch(pattern);
  });
});
