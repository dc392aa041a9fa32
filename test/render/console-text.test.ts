import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/model/answer.ts";
import { CONSOLE_ITEMS_PER_PAGE, renderConsoleText } from "../../src/render/console-text.ts";
import { answerArbitrary } from "./arbitraries.ts";
import { answer, cite, item, plain, section } from "./answers.ts";

// eslint-disable-next-line no-control-regex -- asserting that no control character survives
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function numbered(count: number): Answer {
  const items = Array.from({ length: count }, (_, index) =>
    item(`Quote ${index + 1}`, [cite(index + 1)]),
  );
  return answer({
    title: "Quotes",
    intro: [],
    sections: [section("Rayhan Asat", "opposes", items)],
  });
}

describe("renderConsoleText", () => {
  it("draws a typical answer as readable text with tone labels and citations", () => {
    const value = answer({
      title: "Perspectives",
      intro: [
        plain("Who stands where on "),
        { text: "lifting", style: "bold" },
        plain(" the sanctions"),
      ],
      sections: [
        section("Supports", "supports", [
          item(
            [
              { text: "Matt Miller", style: "bold" },
              plain(": "),
              { text: "a step", style: "quote" },
            ],
            [cite(4)],
          ),
        ]),
        section("Voices absent", "info", [item("Xi Jinping", [cite(2), cite(7)])]),
      ],
      hint: "Try /quote speaker:Miller",
      footer: "The New York Times · 2023-11-16 · generated from the article",
    });
    expect(renderConsoleText(value)).toBe(
      [
        "Perspectives",
        "",
        "Who stands where on lifting the sanctions",
        "",
        "[supports] Supports",
        "  • Matt Miller: “a step” [fentanyl-ifs ¶4]",
        "",
        "Voices absent",
        "  • Xi Jinping [fentanyl-ifs ¶2, ¶7]",
        "",
        "Try /quote speaker:Miller",
        "",
        "The New York Times · 2023-11-16 · generated from the article",
        "",
      ].join("\n"),
    );
  });

  it("shows the hint when nothing was found", () => {
    const value = answer({
      title: "No one called “Milner”",
      intro: [],
      hint: "Did you mean Matt Miller?",
    });
    expect(renderConsoleText(value)).toBe("No one called “Milner”\n\nDid you mean Matt Miller?\n");
  });

  it("pages ten items at a time with a next-page hint instead of buttons", () => {
    const value = numbered(25);
    const first = renderConsoleText(value, 1);
    expect(first).toContain("  • Quote 10 [fentanyl-ifs ¶10]");
    expect(first).not.toContain("Quote 11");
    expect(first.trimEnd().endsWith("Page 1 of 3 · next page: add page:2")).toBe(true);
    const last = renderConsoleText(value, 3);
    expect(last).toContain("[opposes] Rayhan Asat (cont.)\n  • Quote 21 [fentanyl-ifs ¶21]");
    expect(last.trimEnd().endsWith("Page 3 of 3")).toBe(true);
  });

  it("lets the console say how to reach the next page", () => {
    const text = renderConsoleText(numbered(12), 1, {
      formatNextPage: (page) => `type /next for page ${page}`,
    });
    expect(text.trimEnd().endsWith("Page 1 of 2 · type /next for page 2")).toBe(true);
  });

  it.each([
    [0, "Page 1 of 3"],
    [7, "Page 3 of 3"],
    [Number.NaN, "Page 1 of 3"],
  ])("brings page %s into range", (page, label) => {
    expect(renderConsoleText(numbered(CONSOLE_ITEMS_PER_PAGE * 2 + 1), page)).toContain(label);
  });

  it("strips terminal escapes and control characters from untrusted text", () => {
    const value = answer({
      title: "\u001b[2J\u001b[HTitle\u0007",
      intro: [plain("\u001b]8;;http://evil\u0007link\u001b]8;;\u0007 and \u009b31m")],
      sections: [
        section("\u001b[31mRed", "mixed", [
          item("a\u0000b\r\nc", [cite(1, { articleId: "id\u001b[0m" })]),
        ]),
      ],
    });
    expect(renderConsoleText(value)).toBe(
      "Title\n\nlink and 31m\n\n[mixed] Red\n  • ab\n    c [id ¶1]\n",
    );
  });

  it("keeps markdown and mentions as plain text: nothing renders them in a terminal", () => {
    const value = answer({ title: "**@everyone** <@1>", intro: [] });
    expect(renderConsoleText(value)).toBe("**@everyone** <@1>\n");
  });

  it("never emits a control character for any answer", () => {
    fc.assert(
      fc.property(answerArbitrary(), fc.integer({ min: 1, max: 4 }), (value, page) => {
        expect(CONTROL.test(renderConsoleText(value, page))).toBe(false);
      }),
      { numRuns: 60, endOnFailure: true },
    );
  });
});
