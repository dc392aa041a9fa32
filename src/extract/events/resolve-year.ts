/** Which year a month (and day) without a year means, given the publication date and tense. */
import {
  daysBetween,
  describeDay,
  formatMonth,
  isRealDay,
  WEEKDAY_NAMES,
  weekdayOf,
  type CalendarDay,
} from "../../ingest/calendar.ts";
import type { Tense } from "./tense.ts";

export interface YearChoice {
  readonly year: number;
  readonly why: string;
}

/**
 * A month and day: the occurrence nearest publication, on the side the tense points to. A
 * weekday written with it ("Monday, January 20") names the year in which the day falls on it.
 */
export function chooseYearForDay(
  month: number,
  day: number,
  reference: CalendarDay,
  tense: Tense,
  weekday: number | null = null,
): YearChoice | null {
  // February 29 exists only in leap years, so a candidate year may not have the day at all.
  const candidates = [reference.year - 1, reference.year, reference.year + 1]
    .filter((year) => isRealDay({ year, month, day }))
    .map((year) => ({ year, offset: daysBetween(reference, { year, month, day }) }));
  const agreeing = candidates.filter(
    (c) => weekday !== null && weekdayOf({ year: c.year, month, day }) === weekday,
  );
  // Weekdays repeat every few years, so of three candidate years at most one usually agrees.
  if (agreeing.length === 1 && agreeing[0] !== undefined)
    return {
      year: agreeing[0].year,
      why: `the year in which it falls on a ${WEEKDAY_NAMES[weekday ?? 0] ?? "weekday"}`,
    };
  const past = candidates.filter((c) => c.offset <= 0).at(-1);
  const future = candidates.find((c) => c.offset > 0);
  const on = `publication on ${describeDay(reference)}`;
  if (!past || !future) {
    const only = past ?? future;
    return only === undefined ? null : { year: only.year, why: `the only such date near ${on}` };
  }
  if (tense === "future")
    return { year: future.year, why: `the first such date after ${on}, as the verb looks ahead` };
  // Unclear tense leans to the past: news mostly reports what already happened.
  if (tense === "past" || -past.offset <= 2 * future.offset)
    return { year: past.year, why: `the last such date on or before ${on}` };
  return { year: future.year, why: `the nearest such date to ${on}` };
}

/** A month alone ("in March"): this year's, or last year's when it is still to come. */
export function chooseYearForMonth(
  month: number,
  reference: CalendarDay,
  tense: Tense,
): YearChoice {
  const on = `publication on ${describeDay(reference)}`;
  const name = (year: number): string => formatMonth(year, month);
  if (month === reference.month) return { year: reference.year, why: `the month of ${on}` };
  if (month < reference.month) {
    if (tense === "future")
      return { year: reference.year + 1, why: `the next ${name(reference.year + 1)} after ${on}` };
    return { year: reference.year, why: `the last such month before ${on}` };
  }
  const monthsBack = 12 - (month - reference.month);
  const isPast = tense === "past" || (tense === "unclear" && monthsBack <= 6);
  if (isPast) return { year: reference.year - 1, why: `the last such month before ${on}` };
  return { year: reference.year, why: `the next such month after ${on}` };
}

/** "last September": the most recent one strictly before the publication month. */
export function chooseYearForNamedMonth(
  month: number,
  reference: CalendarDay,
  direction: "last" | "next" | "this",
): number {
  if (direction === "this") return reference.year;
  if (direction === "last") return month < reference.month ? reference.year : reference.year - 1;
  return month > reference.month ? reference.year : reference.year + 1;
}
