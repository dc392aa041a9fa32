import { splitSentences } from "../../../src/extract/shared/sentences.ts";
import { describe, expect, it } from "vitest";
import { parseIsoDay } from "../../../src/ingest/calendar.ts";
import type { DateExtractor } from "../../../src/extract/events/date-mention.ts";
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

/** Prices, percentages, counts, IDs, times of day, names: none of these is a date. */
const NEGATIVE: ReadonlyArray<readonly [DateExtractor, readonly string[]]> = [
  [fullDateExtractor, ["Nov. 16 2023rd", "On 31 February 2023 nothing", "Room 12, 2023 people"]],
  [numericDateExtractor, ["Mix 1/2 cup", "Score 13/14/2015", "ID 2023-11-160", "version 1.2/3/4"]],
  [monthYearExtractor, ["May 2,000 people come", "the March 1,500 figure"]],
  [monthDayExtractor, ["at 10:30 on the March 3.5 scale", "a May 20,000 strong crowd"]],
  [
    monthNameExtractor,
    [
      "They may march in May Street",
      "March was long",
      "the March on Washington",
      "said to April Ryan",
      "and June Carter sang",
    ],
  ],
  [
    bareYearExtractor,
    [
      "73,654 deaths were attributed",
      "2,000 people marched",
      "2000 people marched",
      "police made 1999 arrests",
      "a 1500 year old temple",
      "a 2000-page report",
      "a 1999-strong crowd",
      "the 2018 Winter Olympics in Korea",
      "tickets for the 2026 World Cup",
      "Book Fair Lisbon 2019 opened",
      "the index closed at 7,162.90",
      "a price of $2019 and US$ 1999",
      "up 20.5% or 1999%",
      "at 20:15 local time",
      "mission STS-135 and flight 2013",
      "Boeing 747 and A380-800",
      "over 1500 troops and about 2010 cars",
      "Russel 2000 Index",
      "for 10 years",
      "ISBN 978-3-16-1484",
    ],
  ],
  [shortYearExtractor, ["Rock 'n' roll in '90s", "He said '82 times"]],
  [weekdayExtractor, ["on 'Black Monday' stocks fell", "Super Tuesday voters", "open on Mondays"]],
  [relativeDayExtractor, ["the todayshow website"]],
  [theWeekendExtractor, ["the weekend is for rest", "open on the weekends", "the weekend's games"]],
  [relativePeriodExtractor, ["the past year was hard", "a yearlong study"]],
  [relativeAgoExtractor, ["a few years ago", "several months ago"]],
];

describe.each(NEGATIVE)("date extractor negatives %#", (extractor, texts) => {
  it.each(texts)(`${extractor.name} finds nothing in “%s”`, (text) => {
    expect(
      extractor.extract({
        text,
        reference: parseIsoDay(REFERENCE),
        sentences: splitSentences(text),
      }),
    ).toEqual([]);
  });
});
