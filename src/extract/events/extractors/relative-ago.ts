/** Spans counted back from publication: "two years ago", "a month ago", "three days ago". */
import {
  addDays,
  addMonths,
  describeDay,
  formatDay,
  formatMonth,
  formatYear,
} from "../../../ingest/calendar.ts";
import { createMention, inferred, spanOf, type DateExtractor } from "../date-mention.ts";
import type { DatePrecision } from "../../../model/analysis.ts";

export const NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries([
  ...["a", "an"].map((word) => [word, 1] as const),
  ..."one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty"
    .split(" ")
    .map((word, index) => [word, index + 1] as const),
  ...["thirty", "forty", "fifty"].map((word, index) => [word, 30 + 10 * index] as const),
]);
// "a few" and "several" are too vague to date; only exact counts are taken.
const AGO = new RegExp(
  `\\b(${Object.keys(NUMBER_WORDS).join("|")}|\\d{1,3})\\s{1,4}(day|week|month|year)s?\\s{1,4}ago\\b`,
  "gi",
);
const PRECISION: Readonly<Record<string, DatePrecision>> = {
  day: "day",
  week: "day",
  month: "month",
  year: "year",
};

export const relativeAgoExtractor: DateExtractor = {
  name: "relative-ago",
  extract: ({ text, reference }) => {
    if (reference === null) return [];
    return [...text.matchAll(AGO)].map((match) => {
      const [start, end] = spanOf(match);
      const count = NUMBER_WORDS[(match[1] ?? "").toLowerCase()] ?? Number(match[1]);
      const unit = (match[2] ?? "year").toLowerCase();
      const date = dateBack(reference, count, unit);
      const why = `counted back from publication on ${describeDay(reference)}`;
      return createMention(
        text,
        start,
        end,
        { date, precision: PRECISION[unit] ?? "year" },
        inferred(match[0], date, why),
      );
    });
  },
};

function dateBack(reference: Parameters<typeof addDays>[0], count: number, unit: string): string {
  if (unit === "day") return formatDay(addDays(reference, -count));
  if (unit === "week") return formatDay(addDays(reference, -7 * count));
  if (unit === "month") {
    const month = addMonths(reference, -count);
    return formatMonth(month.year, month.month);
  }
  return formatYear(reference.year - count);
}
