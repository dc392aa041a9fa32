import { describe, expect, it } from "vitest";
import { findCommand } from "../../commands/index.ts";
import { parseConsoleLine } from "../../src/transports/console-line.ts";

describe("parseConsoleLine", () => {
  it.each([
    ["/who miller", { name: "who", options: { name: "miller" } }],
    ["who", { name: "who", options: {} }],
    ['/quote speaker:"Rayhan Asat"', { name: "quote", options: { speaker: "Rayhan Asat" } }],
    [
      "/quote speaker:“Rayhan Asat” about:bribe",
      { name: "quote", options: { speaker: "Rayhan Asat", about: "bribe" } },
    ],
    ["/search fentanly precursers", { name: "search", options: { query: "fentanly precursers" } }],
    [
      '/search "human rights" public:false',
      { name: "search", options: { query: "human rights", public: "false" } },
    ],
    ["/WHO  Joe   Biden ", { name: "who", options: { name: "Joe Biden" } }],
    [
      "/timeline article:fentanyl-ifs actor:Biden",
      { name: "timeline", options: { article: "fentanyl-ifs", actor: "Biden" } },
    ],
    [
      "/check-against-articles the council voted",
      { name: "check-against-articles", options: { text: "the council voted" } },
    ],
    [
      "/search query:shuttle homes museum",
      { name: "search", options: { query: "shuttle homes museum" } },
    ],
    [
      "/search query:space shuttle article:nasa",
      { name: "search", options: { query: "space shuttle", article: "nasa" } },
    ],
    ["/nosuch words here", { name: "nosuch", options: {} }],
  ])("%s", (line, expected) => {
    const parsed = parseConsoleLine(line, findCommand);
    if (line.startsWith("/nosuch")) {
      expect(parsed).toEqual({
        ok: false,
        error: "/nosuch takes no text; options are written name:value.",
      });
      return;
    }
    expect(parsed).toEqual({ ok: true, value: expected });
  });

  it.each([[""], ["   "], ["/"], ["???"]])("asks for a command on %j", (line) => {
    expect(parseConsoleLine(line, findCommand)).toEqual({
      ok: false,
      error: "Type a command such as /who or /help.",
    });
  });

  it("refuses an option given twice", () => {
    expect(parseConsoleLine('/who miller name:"biden"', findCommand)).toEqual({
      ok: false,
      error: "Give “name” once: as name:value or as bare text.",
    });
  });

  it("handles an unclosed quote and a very long line without hanging", () => {
    expect(parseConsoleLine('/search "never closed', findCommand)).toMatchObject({ ok: true });
    expect(parseConsoleLine(`/search ${"a:".repeat(50_000)}`, findCommand)).toMatchObject({
      ok: true,
    });
  });
});
