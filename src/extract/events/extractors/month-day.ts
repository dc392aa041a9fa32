/** Month and day without a year: "On Nov. 16", "June 28", "June 1st", "11 December". */
import {
  formatDay,
  isRealDay,
  monthNumberOf,
  weekdayNumberOf,
  type CalendarDay,
} from "../../../ingest/calendar.ts";
import {
  createMention,
  inferred,
  spanOf,
  type DateExtractor,
  type DateInput,
  type DateMention,
} from "../date-mention.ts";
import {
  DAY,
  MONTH,
  NOT_AFTER_WORD,
  NOT_BEFORE_WORD,
  OPTIONAL_WEEKDAY_PREFIX,
  ORDINAL_SUFFIX,
} from "../patterns.ts";
import { chooseYearForDay } from "../resolve-year.ts";
import { detectTense } from "../tense.ts";

// A following ":" or "." plus digits would make it a time or a decimal, not a day.
const NO_NUMBER_AFTER = "(?![:.,]?\\d)";
const MONTH_DAY = new RegExp(
  `${NOT_AFTER_WORD}${OPTIONAL_WEEKDAY_PREFIX}(${MONTH})\\s{1,4}${DAY}${ORDINAL_SUFFIX}${NOT_BEFORE_WORD}${NO_NUMBER_AFTER}`,
  "gu",
);
// "11 December" but not "2 March" in "about 2 March participants": keep the month capitalised.
const DAY_MONTH = new RegExp(
  `${NOT_AFTER_WORD}(?<![\\d,.]\\s?)${DAY}${ORDINAL_SUFFIX}\\s{1,4}(?:of\\s{1,4})?(${MONTH})${NOT_BEFORE_WORD}`,
  "gu",
);

export const monthDayExtractor: DateExtractor = {
  name: "month-day",
  extract: (input) => {
    const { text, reference } = input;
    if (reference === null) return [];
    return [
      ...[...text.matchAll(MONTH_DAY)].map((m) => toMention(input, reference, m, m[1], m[2])),
      ...[...text.matchAll(DAY_MONTH)].map((m) => toMention(input, reference, m, m[2], m[1])),
    ].filter((mention): mention is DateMention => mention !== null);
  },
};

function toMention(
  { text, sentences }: DateInput,
  reference: CalendarDay,
  match: RegExpMatchArray,
  monthName = "",
  dayDigits = "",
): DateMention | null {
  const month = monthNumberOf(monthName);
  const day = Number(dayDigits);
  // February 29 exists in leap years only; check it against a leap year here.
  if (month === null || !isRealDay({ year: 2000, month, day })) return null;
  const [start, end] = spanOf(match);
  const tense = detectTense(text, [start, end], sentences);
  const weekday = weekdayNumberOf(/^\p{L}+\.?/u.exec(match[0].trimStart())?.[0] ?? "");
  const choice = chooseYearForDay(month, day, reference, tense, weekday);
  if (choice === null) return null;
  const date = formatDay({ year: choice.year, month, day });
  return createMention(
    text,
    start,
    end,
    { date, precision: "day" },
    inferred(match[0], date, choice.why),
  );
}
