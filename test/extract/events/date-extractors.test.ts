import { splitSentences } from "../../../src/extract/shared/sentences.ts";
import { describe, expect, it } from "vitest";
import { parseIsoDay } from "../../../src/ingest/calendar.ts";
import type { DateExtractor, DateMention } from "../../../src/extract/events/date-mention.ts";
import { bareYearExtractor } from "../../../src/extract/events/extractors/bare-year.ts";
import { fullDateExtractor } from "../../../src/extract/events/extractors/full-date.ts";
import { monthDayExtractor } from "../../../src/extract/events/extractors/month-day.ts";
import { monthNameExtractor } from "../../../src/extract/events/extractors/month-name.ts";
import { monthYearExtractor } from "../../../src/extract/events/extractors/month-year.ts";
import { numericDateExtractor } from "../../../src/extract/events/extractors/numeric-date.ts";
import { relativeAgoExtractor } from "../../../src/extract/events/extractors/relative-ago.ts";
import { relativeDayExtractor } from "../../../src/extract/events/extractors/relative-day.ts";
import { relativePeriodExtractor } from "../../../src/extract/events/extractors/relative-period.ts";
import { shortYearExtractor } from "../../../src/extract/events/extractors/short-year.ts";
import { theWeekendExtractor } from "../../../src/extract/events/extractors/the-weekend.ts";
import { weekdayExtractor } from "../../../src/extract/events/extractors/weekday.ts";

/** Publication on Friday 2023-11-17, like the seed article. */
const REFERENCE = "2023-11-17";

interface Case {
  readonly text: string;
  /** Expression → date, in order. */
  readonly found: ReadonlyArray<readonly [expression: string, date: string]>;
}

const POSITIVE: ReadonlyArray<readonly [DateExtractor, readonly Case[]]> = [
  [
    fullDateExtractor,
    [
      { text: "Biden spoke on Nov. 16, 2023.", found: [["Nov. 16, 2023", "2023-11-16"]] },
      {
        text: "Published November 17, 2023China News",
        found: [["November 17, 2023", "2023-11-17"]],
      },
      { text: "He was born on 17 November 1999.", found: [["17 November 1999", "1999-11-17"]] },
      { text: "Friday, August 15, 2008", found: [["Friday, August 15, 2008", "2008-08-15"]] },
      { text: "up 54 points from March 12 2009.", found: [["March 12 2009", "2009-03-12"]] },
      {
        text: "The summit ran June 2–4, 2023, in Paris.",
        found: [["June 2–4, 2023", "2023-06-02"]],
      },
    ],
  ],
  [
    numericDateExtractor,
    [
      { text: "Filed 2023-11-16 at noon.", found: [["2023-11-16", "2023-11-16"]] },
      { text: "in the American format, 7/8/07.", found: [["7/8/07", "2007-07-08"]] },
    ],
  ],
  [
    monthYearExtractor,
    [
      { text: "It floated in September 2006.", found: [["September 2006", "2006-09"]] },
      {
        text: "since Sept. 2021, and October of 2020",
        found: [
          ["Sept. 2021", "2021-09"],
          ["October of 2020", "2020-10"],
        ],
      },
    ],
  ],
  [
    monthDayExtractor,
    [
      { text: "On Nov. 16, Miller spoke.", found: [["Nov. 16", "2023-11-16"]] },
      { text: "It will land on December 2.", found: [["December 2", "2023-12-02"]] },
      { text: "The flight was on 11 December.", found: [["11 December", "2022-12-11"]] },
      { text: "A deal will be finalized by January 10.", found: [["January 10", "2024-01-10"]] },
      { text: "Figures released June 1st showed a drop.", found: [["June 1st", "2023-06-01"]] },
      // A written weekday names the year it agrees with: Jan 8 is a Monday in 2024 only.
      {
        text: "The vote is set for Monday, January 8.",
        found: [["Monday, January 8", "2024-01-08"]],
      },
      {
        text: "The deal closed on Sunday, January 8.",
        found: [["Sunday, January 8", "2023-01-08"]],
      },
      // No nearby year agrees with the weekday (a typo): the tense decides, as without one.
      { text: "It happened on Tuesday, January 8.", found: [["Tuesday, January 8", "2023-01-08"]] },
    ],
  ],
  [
    monthNameExtractor,
    [
      { text: "The Shuffle was introduced in January.", found: [["January", "2023-01"]] },
      { text: "Not closed above 8,000 since December.", found: [["December", "2022-12"]] },
      { text: "a level not seen since last September", found: [["last September", "2023-09"]] },
      { text: "In May, the minister resigned.", found: [["May", "2023-05"]] },
      { text: "They reported their January sales.", found: [["January", "2023-01"]] },
      { text: "In January Apple said so.", found: [["January", "2023-01"]] },
    ],
  ],
  [
    bareYearExtractor,
    [
      { text: "added to its Entity List in 2020, accusing it", found: [["2020", "2020"]] },
      {
        text: "In 2022, 73,654 deaths, twice as many as in 2019.",
        found: [
          ["2022", "2022"],
          ["2019", "2019"],
        ],
      },
      { text: "cutting 30,000 jobs by 2012", found: [["2012", "2012"]] },
      { text: "talks broke down after the 2009 riots", found: [["2009", "2009"]] },
      { text: "In 2016 Ottawa banned it.", found: [["2016", "2016"]] },
      { text: "keynote to WWDC 2005\nJune 6", found: [["2005", "2005"]] },
      {
        text: "the 2008 model year, after mid-2009",
        found: [
          ["2008", "2008"],
          ["2009", "2009"],
        ],
      },
      { text: "conquered in 1066 by Normans", found: [["1066", "1066"]] },
      {
        text: "in 2019 sales fell; 1998 was good",
        found: [
          ["2019", "2019"],
          ["1998", "1998"],
        ],
      },
    ],
  ],
  [shortYearExtractor, [{ text: "the lowest level since '82", found: [["'82", "1982"]] }]],
  [
    weekdayExtractor,
    [
      { text: "The administration on Thursday removed it.", found: [["Thursday", "2023-11-16"]] },
      { text: "On Wednesday, Biden met Xi.", found: [["Wednesday", "2023-11-15"]] },
      { text: "Ms. Asat wrote on Friday.", found: [["Friday", "2023-11-17"]] },
      { text: "They meet next Tuesday.", found: [["next Tuesday", "2023-11-21"]] },
      { text: "The trial will begin on Monday.", found: [["Monday", "2023-11-20"]] },
      { text: "Sales fell last Friday.", found: [["last Friday", "2023-11-10"]] },
      { text: "Monday's email announcement", found: [["Monday", "2023-11-13"]] },
    ],
  ],
  [
    relativeDayExtractor,
    [
      {
        text: "Apple today unveiled it; yesterday it hinted.",
        found: [
          ["today", "2023-11-17"],
          ["yesterday", "2023-11-16"],
        ],
      },
      {
        text: "Apple announced this morning, and votes tomorrow.",
        found: [
          ["this morning", "2023-11-17"],
          ["tomorrow", "2023-11-18"],
        ],
      },
    ],
  ],
  [
    theWeekendExtractor,
    [
      // Friday 2023-11-17: the last weekend began on Saturday 11 November.
      { text: "Crowds grew over the weekend.", found: [["over the weekend", "2023-11"]] },
      {
        text: "The show ran throughout the weekend, and will close at the weekend.",
        found: [
          ["throughout the weekend", "2023-11"],
          ["at the weekend", "2023-11"],
        ],
      },
    ],
  ],
  [
    relativePeriodExtractor,
    [
      {
        text: "Sales dropped last month and rise this year.",
        found: [
          ["last month", "2023-10"],
          ["this year", "2023"],
        ],
      },
      {
        text: "Next year's competition, earlier this week",
        found: [
          ["Next year", "2024"],
          ["earlier this week", "2023-11"],
        ],
      },
      {
        text: "by the end of the month; before last summer",
        found: [
          ["the end of the month", "2023-11"],
          ["last summer", "2023"],
        ],
      },
    ],
  ],
  [
    relativeAgoExtractor,
    [
      { text: "It was recommended two years ago.", found: [["two years ago", "2021"]] },
      {
        text: "Seventeen years ago, and three days ago",
        found: [
          ["Seventeen years ago", "2006"],
          ["three days ago", "2023-11-14"],
        ],
      },
    ],
  ],
];

function simplify(mentions: readonly DateMention[], text: string) {
  for (const mention of mentions)
    expect(text.slice(mention.span[0], mention.span[1])).toBe(mention.expression);
  return mentions.map((mention) => [mention.expression, mention.date] as const);
}

describe.each(POSITIVE)("date extractor %#", (extractor, cases) => {
  it.each(cases)(`${extractor.name} finds $found in “$text”`, ({ text, found }) => {
    const mentions = extractor.extract({
      text,
      reference: parseIsoDay(REFERENCE),
      sentences: splitSentences(text),
    });
    expect(simplify(mentions as DateMention[], text)).toEqual(found);
  });
});
