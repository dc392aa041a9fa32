import { describe, expect, it } from "vitest";
import { createExtractContext } from "../../../src/extract/context.ts";
import { extractEvents } from "../../../src/extract/events/extract-events.ts";
import { buildArticle } from "./fixture-article.ts";

/** Publication on Friday 2024-03-08. */
const PUBLISHED = "2024-03-08";

/** Expression → date of every event found in one paragraph. */
function eventsIn(paragraph: string): Array<readonly [string, string]> {
  const article = buildArticle(PUBLISHED, [["paragraph", paragraph]]);
  const trace: string[] = [];
  const context = createExtractContext(article, (message) => trace.push(message()));
  const events = extractEvents(context, []);
  return events.map((event) => [event.expression, event.date] as const);
}

// Each row: a sentence, and the events that must remain once the non-events are dropped.
const CASES: ReadonlyArray<readonly [rule: string, text: string, kept: Array<[string, string]>]> = [
  [
    "a range is dated by its start",
    "Rents rose 40 percent from 1995 to 2015, the survey says.",
    [["from 1995", "1995"]],
  ],
  ["a dash range keeps its start", "The club won the cup 2003–2005.", [["2003", "2003"]]],
  [
    "a spaced em dash opens an aside, not a range",
    "Sales fell in 2019 — 2020 was worse.",
    [
      ["in 2019", "2019"],
      ["2020", "2020"],
    ],
  ],
  [
    "'until' ends a range opened by 'from'",
    "She chaired it from 2005 until 2012.",
    [["from 2005", "2005"]],
  ],
  [
    "a future weekday on the weekday of publication is next week's",
    "The verdict will be read on Friday.",
    [["on Friday", "2024-03-15"]],
  ],
  [
    "the end of a range that starts with a bare number is no event",
    "The model ran over 1990 - 2080 for each crop.",
    [],
  ],
  [
    "a lone end date is an event",
    "The exhibition runs through March 17.",
    [["March 17", "2024-03-17"]],
  ],
  [
    "two dates joined by 'and' without 'between' stay two events",
    "Floods hit in 2019 and 2021.",
    [
      ["in 2019", "2019"],
      ["2021", "2021"],
    ],
  ],
  ["a target after publication is no event", "Emissions must halve by 2040.", []],
  ["a deadline on a weekday is no event", "Protesters must leave the square by Monday.", []],
  ["a deadline on a day is no event", "Forms must be submitted by June 1.", []],
  ["'by the end of' a future year is a target", "By the end of 2030, all ports will close.", []],
  ["a forecast for a future year is no event", "The forecast for 2031 is a deficit.", []],
  [
    "a plan for a future year is an event",
    "The firm will open a plant in 2026.",
    [["in 2026", "2026"]],
  ],
  ["a habit is no event", "The market opens every year in April.", []],
  ["a weekday right after 'every' is a habit", "Referees are abused every Saturday, he said.", []],
  ["a month right after 'each' is a habit", "The fair returns each March to the square.", []],
  [
    "'every' elsewhere in the sentence leaves the date alone",
    "Every shop in the square closed on Saturday.",
    [["on Saturday", "2024-03-02"]],
  ],
  [
    "the first time of a habit is an event",
    "Held every year since 1988, the race drew 500 runners.",
    [["since 1988", "1988"]],
  ],
  [
    "'would never have' is a counterfactual",
    "Thirty years ago, she would never have guessed it.",
    [],
  ],
  [
    "a date in an aside before a counterfactual is real",
    "The firm, founded in 1990, would have failed without the loan.",
    [["in 1990", "1990"]],
  ],
  [
    "a date after a counterfactual verb is unreal",
    "The bridge would have opened in 2019 with more money.",
    [],
  ],
  [
    "a date further into the unreal clause is unreal too",
    "The rejected deal would have raised fares by 4 percent this year and 3 percent next year.",
    [],
  ],
  [
    "a date after a comma closing the unreal clause is real",
    "The plan would have raised fares by 4 percent, the mayor said in 2023.",
    [["in 2023", "2023"]],
  ],
  [
    "a habit word further off belongs to another clause",
    "The shop opened on Monday and will be open every day.",
    [["on Monday", "2024-03-04"]],
  ],
  ["a past 'by' date is an event", "By 2020, the plant had closed.", [["By 2020", "2020"]]],
  [
    "'today' in a quotation is the day of speaking",
    '"Today we start again," the mayor said on Tuesday.',
    [["on Tuesday", "2024-03-05"]],
  ],
  [
    "'today' outside quotations is the publication day",
    "The council today approved the budget.",
    [["today", "2024-03-08"]],
  ],
  [
    "'yesterday' in a quotation still dates an event",
    '"We signed it yesterday," she said.',
    [["yesterday", "2024-03-07"]],
  ],
  [
    "a counterfactual is no event",
    '"Ten years ago, this could not have happened," the minister said.',
    [],
  ],
  [
    "a date on the speaking stays beside a counterfactual",
    "She said on Monday that the bridge would have collapsed without repairs.",
    [["on Monday", "2024-03-04"]],
  ],
  [
    "the present year as a frame is no event",
    "Now that we're in 2024, the old rules look strange.",
    [],
  ],
  ["a year the text dates is kept", "We were in 2019 a smaller firm.", [["in 2019", "2019"]]],
  ["a cut-off is no event", "Only families who arrived before last winter qualify.", []],
  [
    "a possessive date after 'before' dates its noun",
    "Before Monday's vote, the party met.",
    [["Before Monday", "2024-03-04"]],
  ],
];

describe("dates that date no statement of the article", () => {
  it.each(CASES)("%s", (_rule, text, kept) => {
    expect(eventsIn(text)).toEqual(kept);
  });

  it("says in the trace why a date was dropped", () => {
    const article = buildArticle(PUBLISHED, [["paragraph", "Output will double by 2030."]]);
    const trace: string[] = [];
    extractEvents(
      createExtractContext(article, (message) => trace.push(message())),
      [],
    );
    expect(trace).toContain("events: “by 2030” is no event (target or projection)");
  });
});
