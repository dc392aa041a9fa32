/** A date written in full: "November 17, 2023", "Nov. 16, 2023", "17 November 2023". */
import { formatDay, isRealDay, monthNumberOf } from "../../../ingest/calendar.ts";
import {
  createMention,
  spanOf,
  stated,
  type DateExtractor,
  type DateMention,
} from "../date-mention.ts";
import {
  DAY,
  MONTH,
  NOT_AFTER_WORD,
  OPTIONAL_WEEKDAY_PREFIX,
  ORDINAL_SUFFIX,
} from "../patterns.ts";

// Pasted page text glues words together ("November 17, 2023China News"): a capital may follow.
const YEAR_END = "(?![\\p{Ll}\\p{N}])";
// "June 2–4, 2023": a range of days shares the year; the event is dated to its first day.
const DAY_RANGE_END = "(?:\\s{0,4}[–-]\\s{0,4}\\d{1,2})?";
const MONTH_DAY_YEAR = new RegExp(
  `${NOT_AFTER_WORD}${OPTIONAL_WEEKDAY_PREFIX}(${MONTH})\\s{1,4}${DAY}${ORDINAL_SUFFIX}${DAY_RANGE_END}\\s{0,4},?\\s{1,4}(\\d{4})${YEAR_END}`,
  "gu",
);
const DAY_MONTH_YEAR = new RegExp(
  `${NOT_AFTER_WORD}${OPTIONAL_WEEKDAY_PREFIX}${DAY}${ORDINAL_SUFFIX}\\s{1,4}(?:of\\s{1,4})?(${MONTH})\\s{0,4},?\\s{1,4}(\\d{4})${YEAR_END}`,
  "gu",
);

export const fullDateExtractor: DateExtractor = {
  name: "full-date",
  extract: ({ text }) =>
    [
      ...[...text.matchAll(MONTH_DAY_YEAR)].map((m) => toMention(text, m, m[1], m[2], m[3])),
      ...[...text.matchAll(DAY_MONTH_YEAR)].map((m) => toMention(text, m, m[2], m[1], m[3])),
    ].filter((mention): mention is DateMention => mention !== null),
};

function toMention(
  text: string,
  match: RegExpMatchArray,
  monthName = "",
  dayDigits = "",
  yearDigits = "",
): DateMention | null {
  const month = monthNumberOf(monthName);
  const day = { year: Number(yearDigits), month: month ?? 0, day: Number(dayDigits) };
  if (month === null || !isRealDay(day)) return null;
  const [start, end] = spanOf(match);
  const date = formatDay(day);
  return createMention(text, start, end, { date, precision: "day" }, stated(match[0], date));
}
