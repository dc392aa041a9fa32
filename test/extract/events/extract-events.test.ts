import { describe, expect, it } from "vitest";
import { createExtractContext } from "../../../src/extract/context.ts";
import { extractEvents } from "../../../src/extract/events/extract-events.ts";
import { warnAboutUnresolvedDates } from "../../../src/extract/events/unresolved-dates.ts";
import type { DatedEvent } from "../../../src/model/analysis.ts";
import type { Article } from "../../../src/model/article.ts";
import { buildActor, buildArticle, readFixture, SEED_ACTORS } from "./fixture-article.ts";

function expectVerbatim(article: Article, events: readonly DatedEvent[]): void {
  for (const event of events) {
    const text = article.passages.find((passage) => passage.id === event.passage)?.text ?? "";
    expect(text.slice(event.span[0], event.span[1])).toBe(event.text);
    expect(text.slice(event.expressionSpan[0], event.expressionSpan[1])).toBe(event.expression);
  }
}

describe("extractEvents on the seed article", () => {
  const article = readFixture<Article>("fentanyl-ifs.article.json");
  const events = extractEvents(createExtractContext(article), SEED_ACTORS);

  it("matches the hand-reviewed events", () => {
    expect(events).toEqual(readFixture<DatedEvent[]>("fentanyl-ifs.events.json"));
    expectVerbatim(article, events);
  });

  const EXPECTED = [
    ["the removal", "p2", "on Thursday", "2023-11-16", ["Joe Biden"]],
    [
      "the Entity List listing",
      "p3",
      "in 2020",
      "2020",
      ["Bureau of Industry and Security", "Institute of Forensic Science"],
    ],
    ["the Biden–Xi meeting", "p4", "On Wednesday", "2023-11-15", ["Joe Biden", "Xi Jinping"]],
    ["the deaths", "p5", "In 2022", "2022", []],
    [
      "the briefing",
      "p7",
      "On Nov. 16",
      "2023-11-16",
      ["Matt Miller", "Institute of Forensic Science"],
    ],
    ["Asat's post", "p14", "on Thursday", "2023-11-16", ["Rayhan Asat"]],
    [
      "the DNA collection",
      "p16",
      "in 2016",
      "2016",
      ["Uyghur Human Rights Project", "Institute of Forensic Science"],
    ],
    ["Roth's post", "p18", "on Thursday", "2023-11-16", ["Joe Biden", "Kenneth Roth"]],
  ] as const;

  it.each(EXPECTED)("dates %s", (_what, passage, expression, date, actors) => {
    const event = events.find((e) => e.passage === passage && e.expression === expression);
    expect(event).toMatchObject({ date, actors });
  });

  it("keeps the caption's date as stated and leaves the heading out", () => {
    expect(events.find((event) => event.passage === "p1")?.resolution.method).toBe("stated");
    expect(events.some((event) => event.passage === "p6")).toBe(false);
  });
});

describe("extractEvents on small articles", () => {
  const ACTORS = [buildActor("Dana Ortiz", ["Ms. Ortiz"])];

  it("gives two dates in one sentence their own clauses", () => {
    const article = buildArticle("2024-03-08", [
      ["paragraph", "Ms. Ortiz took office in 2019, and the bridge closed on Tuesday."],
    ]);
    const events = extractEvents(createExtractContext(article), ACTORS);
    expect(events.map((e) => [e.passage, e.expression, e.date, e.text, e.actors])).toEqual([
      ["p1", "in 2019", "2019", "Ms. Ortiz took office in 2019", ["Dana Ortiz"]],
      ["p1", "on Tuesday", "2024-03-05", "the bridge closed on Tuesday.", []],
    ]);
    expectVerbatim(article, events);
  });

  it("skips headings, keeps captions and drops duplicates of the same date and sentence", () => {
    const article = buildArticle("2024-03-08", [
      ["heading", "Council votes on Tuesday"],
      ["caption", "The bridge on March 5, 2024."],
      ["paragraph", "It closed on Tuesday, March 5 after a March 5 vote."],
    ]);
    const events = extractEvents(createExtractContext(article), ACTORS);
    expect(events.map((e) => [e.passage, e.expression, e.date])).toEqual([
      ["p2", "on March 5, 2024", "2024-03-05"],
      ["p3", "on Tuesday, March 5", "2024-03-05"],
    ]);
  });

  it("without a publication date keeps stated dates only", () => {
    const article = buildArticle(null, [["paragraph", "On Thursday it recalled the 2019 order."]]);
    const events = extractEvents(createExtractContext(article), ACTORS);
    expect(events.map((e) => [e.expression, e.date, e.resolution.method])).toEqual([
      ["2019", "2019", "stated"],
    ]);
  });

  it("warns which relative dates were left out when there is no publication date", () => {
    const undated = buildArticle(null, [["paragraph", "On Thursday it recalled the 2019 order."]]);
    expect(warnAboutUnresolvedDates(createExtractContext(undated))).toEqual([
      "no publication date: 1 relative date(s) such as “On Thursday” were left out of the timeline",
    ]);
    const dated = buildArticle("2024-03-08", [["paragraph", "On Thursday it recalled it."]]);
    expect(warnAboutUnresolvedDates(createExtractContext(dated))).toEqual([]);
  });

  it("finds no events in numbers that are not dates", () => {
    const article = buildArticle("2024-03-08", [
      ["paragraph", "73,654 deaths; the index closed at 7,162.90; prices rose 3.2% to $2,024."],
    ]);
    expect(extractEvents(createExtractContext(article), ACTORS)).toEqual([]);
  });
});
