import { describe, expect, it } from "vitest";
import {
  renderCitationsConsole,
  renderCitationsDiscord,
  toSafeUrl,
} from "../../src/render/citation.ts";
import { MENTION_BREAKER } from "../../src/render/escape.ts";
import { cite, SEED_URL } from "./answers.ts";
import { findRawMention, findUnescapedSpecials } from "./discord-checks.ts";

const TITLE = "U.S. Lifts Sanctions on Chinese Institute";

describe("toSafeUrl", () => {
  it.each([
    ["https", SEED_URL, SEED_URL],
    ["http", "http://example.com/a", "http://example.com/a"],
    [
      "parentheses are encoded",
      "https://en.wikipedia.org/wiki/Foo_(bar)",
      "https://en.wikipedia.org/wiki/Foo_%28bar%29",
    ],
    ["spaces are encoded", "https://example.com/a b", "https://example.com/a%20b"],
    ["javascript", "javascript:alert(1)", null],
    ["data", "data:text/html,<b>x</b>", null],
    ["file", "file:///etc/passwd", null],
    ["credentials disguise the host", "https://google.com@evil.example/", null],
    ["not a url", "fentanyl-ifs", null],
    ["too long", `https://example.com/${"x".repeat(600)}`, null],
    ["null", null, null],
  ])("%s", (_name, url, expected) => {
    expect(toSafeUrl(url)).toBe(expected);
  });
});

describe("renderCitationsDiscord", () => {
  it("names the article and passage and links the source", () => {
    expect(renderCitationsDiscord([cite(3)])).toBe(
      `[${TITLE.replace(/\./g, ".")} ¶3](${SEED_URL})`,
    );
  });

  it("groups passages of one article, each once, in order", () => {
    expect(renderCitationsDiscord([cite(3), cite(5), cite(3)])).toBe(
      `[${TITLE} ¶3, ¶5](${SEED_URL})`,
    );
  });

  it("shows the citation as text when the URL is not http(s)", () => {
    const rendered = renderCitationsDiscord([cite(2, { url: "javascript:alert(1)" })]);
    expect(rendered).toBe(`${TITLE} ¶2`);
  });

  it("escapes a hostile title inside the link text", () => {
    const rendered = renderCitationsDiscord([
      cite(4, { articleTitle: "[evil](http://x) **@everyone** <@1>", url: null }),
    ]);
    expect(rendered).toBe(`\\[evil\\](http://x) \\*\\*@${MENTION_BREAKER}everyone\\*\\* \\<@1> ¶4`);
    expect(findUnescapedSpecials(rendered)).toEqual([]);
    expect(findRawMention(rendered)).toBeNull();
  });

  it("shortens long titles and counts articles beyond three", () => {
    const citations = ["a", "b", "c", "d", "e"].map((id, index) =>
      cite(index + 1, {
        articleId: id,
        articleTitle: `${id} ${"long title ".repeat(20)}`,
        url: null,
      }),
    );
    const rendered = renderCitationsDiscord(citations);
    expect(rendered.split(" · ")).toHaveLength(4);
    expect(rendered.endsWith(" · +2 more")).toBe(true);
    expect(rendered).toContain("long title… ¶1");
  });

  it("drops links before articles when the room is small", () => {
    const rendered = renderCitationsDiscord(
      [cite(1), cite(2, { articleId: "other", articleTitle: "Other" })],
      160,
    );
    expect(rendered.length).toBeLessThanOrEqual(160);
    expect(rendered).toBe(`[${TITLE} ¶1](${SEED_URL}) · Other ¶2`);
  });

  it("lists at most ten passages of one article", () => {
    const rendered = renderCitationsDiscord(
      Array.from({ length: 30 }, (_, index) => cite(index + 1)),
    );
    expect(rendered).toContain("¶9, ¶10, …](");
  });

  it("uses the passage id when the number is not a positive integer", () => {
    expect(renderCitationsDiscord([cite(0, { passage: "p0", url: null })])).toBe(`${TITLE} ¶p0`);
  });

  it("is empty for no citations", () => {
    expect(renderCitationsDiscord([])).toBe("");
  });
});

describe("renderCitationsConsole", () => {
  it.each([
    ["one", [cite(3)], "[fentanyl-ifs ¶3]"],
    ["grouped", [cite(3), cite(5)], "[fentanyl-ifs ¶3, ¶5]"],
    ["two articles", [cite(3), cite(1, { articleId: "wiki-1" })], "[fentanyl-ifs ¶3] [wiki-1 ¶1]"],
    ["terminal escapes stripped", [cite(2, { articleId: "x\u001b[2Jy" })], "[xy ¶2]"],
    ["none", [], ""],
  ])("%s", (_name, citations, expected) => {
    expect(renderCitationsConsole(citations)).toBe(expected);
  });
});
