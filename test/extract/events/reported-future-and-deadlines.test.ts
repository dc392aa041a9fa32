import { describe, expect, it } from "vitest";
import { createExtractContext } from "../../../src/extract/context.ts";
import { extractEvents } from "../../../src/extract/events/extract-events.ts";
import { detectTense } from "../../../src/extract/events/tense.ts";
import { buildArticle } from "./fixture-article.ts";

/** [expression, date] of every event in one paragraph published on Thursday 2031-04-17. */
function datesIn(text: string): readonly (readonly [string, string])[] {
  const article = buildArticle("2031-04-17", [["paragraph", text]]);
  return extractEvents(createExtractContext(article), []).map(
    (event) => [event.expression, event.date] as const,
  );
}

describe("'would' looks ahead in reported speech", () => {
  it.each([
    ["She said the ferry would resume in [October].", "future"],
    ["The board said it would cut fares from [September].", "future"],
    ["The ferry resumed in [October], the board said.", "past"],
  ] as const)("“%s” reads as %s", (marked, tense) => {
    const start = marked.indexOf("[");
    const end = marked.indexOf("]") - 1;
    expect(detectTense(marked.replace("[", "").replace("]", ""), [start, end])).toBe(tense);
  });

  it("gives a later month of a reported plan this year, not last year", () => {
    expect(datesIn("The operator said it would add two night buses in September.")).toEqual([
      ["in September", "2031-09"],
    ]);
  });

  it("keeps a past month of a finished act in the year before", () => {
    expect(datesIn("The operator added two night buses in September.")).toEqual([
      ["in September", "2030-09"],
    ]);
  });
});

describe("'the last week' is a final week, not last week", () => {
  it.each([
    "He was still answering letters until the last week of his life.",
    "Prices have risen sharply in the last month.",
  ])("finds no date in “%s”", (text) => {
    expect(datesIn(text)).toEqual([]);
  });

  it("still dates 'last week' and 'the last year' (a financial year)", () => {
    expect(datesIn("The mill closed last week.")).toEqual([["last week", "2031-04"]]);
    expect(datesIn("The firm posted a profit for the last year of $2 billion.")).toEqual([
      ["last year", "2030"],
    ]);
  });
});

describe("'by the end of the year' is a deadline", () => {
  it.each([
    "The council will close the four branches by the end of the year.",
    "Every school should be connected by the end of this month.",
  ])("finds no event in “%s”", (text) => {
    expect(datesIn(text)).toEqual([]);
  });

  it("keeps a boundary that has passed, and one with no 'by'", () => {
    expect(datesIn("By the end of last year, 40 homes had been rebuilt.")).toHaveLength(1);
    expect(datesIn("The branch closes at the end of the month.")).toHaveLength(1);
  });
});
