/** Periods named from publication: "last month", "this year", "earlier this week", "last summer". */
import type { DatePrecision } from "../../../model/analysis.ts";
import {
  addDays,
  addMonths,
  describeDay,
  formatMonth,
  formatYear,
  weekdayOf,
  type CalendarDay,
} from "../../../ingest/calendar.ts";
import { createMention, inferred, spanOf, type DateExtractor } from "../date-mention.ts";

// "the next year" points back to a date in the text, not to publication (see anaphoric-date).
const RELATIVE_PERIOD =
  /\b(?:(?:earlier|later|early|late)\s{1,4})?(last|this|(?<!the )next|this past|this coming)\s{1,4}(week|weekend|month|year|summer|spring|autumn|fall)\b/gi;
// "until the last week", "in the last month": a final week or the past thirty days, a duration;
// "profit for the last year" is still the year before (a financial year).
const FINAL_PERIOD = /^last\s{1,4}(?:week|weekend|month)\b/i;
const THE_BEFORE = /\bthe\s{1,4}$/i;
const PERIOD_BOUNDARY =
  /\b(?:the\s{1,4})?(?:end|beginning|start|middle|rest|remainder)\s{1,4}of\s{1,4}(the|this|next|last)\s{1,4}(week|month|year)\b/gi;
// Summer is June–August: before September "last summer" is the previous year's.
const SEASON_START: Readonly<Record<string, number>> = { spring: 3, summer: 6, autumn: 9, fall: 9 };

export const relativePeriodExtractor: DateExtractor = {
  name: "relative-period",
  extract: ({ text, reference }) => {
    if (reference === null) return [];
    const periods = [...text.matchAll(RELATIVE_PERIOD)].filter(
      (match) =>
        !FINAL_PERIOD.test(match[0]) ||
        !THE_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index)),
    );
    const matches = [...periods, ...text.matchAll(PERIOD_BOUNDARY)];
    return matches
      .sort((a, b) => a.index - b.index)
      .map((match) => {
        const [start, end] = spanOf(match);
        const offset = offsetOf(match[1] ?? "this");
        const { date, precision, note } = resolvePeriod(reference, match[2] ?? "", offset);
        const relation = offset < 0 ? "before" : offset > 0 ? "after" : "of";
        const unit = (match[2] ?? "").toLowerCase();
        const why = `the ${unit} ${relation} publication on ${describeDay(reference)}${note}`;
        return createMention(text, start, end, { date, precision }, inferred(match[0], date, why));
      });
  },
};

function offsetOf(word: string): number {
  const lower = word.toLowerCase();
  if (lower === "last" || lower === "this past") return -1;
  if (lower === "next" || lower === "this coming") return 1;
  return 0;
}

interface PeriodValue {
  readonly date: string;
  readonly precision: DatePrecision;
  /** Appended to the explanation when the value is coarser than the expression. */
  readonly note: string;
}

function resolvePeriod(reference: CalendarDay, word: string, offset: number): PeriodValue {
  const unit = word.toLowerCase();
  if (unit === "year")
    return { date: formatYear(reference.year + offset), precision: "year", note: "" };
  if (unit === "month") {
    const month = addMonths(reference, offset);
    return { date: formatMonth(month.year, month.month), precision: "month", note: "" };
  }
  const season = SEASON_START[unit];
  if (season !== undefined) return resolveSeason(reference, season, offset);
  // Dates carry no week precision: a week is given as the month holding its Thursday.
  const thursday = addDays(reference, 7 * offset + 4 - (((weekdayOf(reference) + 6) % 7) + 1));
  return {
    date: formatMonth(thursday.year, thursday.month),
    precision: "month",
    note: " (no week precision: the month holding its Thursday)",
  };
}

function resolveSeason(reference: CalendarDay, startMonth: number, offset: number): PeriodValue {
  const hasStarted = reference.month >= startMonth;
  const thisYear = reference.year;
  const lastYear = hasStarted && reference.month >= startMonth + 3 ? thisYear : thisYear - 1;
  const nextYear = hasStarted ? thisYear + 1 : thisYear;
  const year = offset < 0 ? lastYear : offset > 0 ? nextYear : thisYear;
  return { date: formatYear(year), precision: "year", note: " (a season is given as its year)" };
}
