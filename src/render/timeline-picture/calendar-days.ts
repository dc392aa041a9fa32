/**
 * Dates as day numbers (days since 1970-01-01, UTC) for placing them on an axis, and the short
 * English names the picture prints. Intl supplies the names, so no month table is written again.
 */
import type { DatePrecision } from "../../model/analysis.ts";

const MS_PER_DAY = 86_400_000;
const WEEKDAY = new Intl.DateTimeFormat("en-US", { weekday: "short", timeZone: "UTC" });
const MONTH = new Intl.DateTimeFormat("en-US", { month: "short", timeZone: "UTC" });

/** The days a dated event covers: [start, end), one day for a day, a whole month or year otherwise. */
export interface DayInterval {
  readonly start: number;
  readonly end: number;
}

export function toDayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function partsOf(date: string): [number, number | undefined, number | undefined] | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (match === null) return undefined;
  const [, year, month, day] = match;
  return [
    Number(year),
    month === undefined ? undefined : Number(month),
    day === undefined ? undefined : Number(day),
  ];
}

/** "2020" covers the year, "2011-03" the month, "2023-11-16" the day; undefined when unreadable. */
export function toInterval(date: string): DayInterval | undefined {
  const parts = partsOf(date);
  if (parts === undefined) return undefined;
  const [year, month, day] = parts;
  if (month === undefined)
    return { start: toDayNumber(year, 1, 1), end: toDayNumber(year + 1, 1, 1) };
  if (day === undefined)
    return { start: toDayNumber(year, month, 1), end: toDayNumber(year, month + 1, 1) };
  const start = toDayNumber(year, month, day);
  return { start, end: start + 1 };
}

export function fromDayNumber(dayNumber: number): Date {
  return new Date(dayNumber * MS_PER_DAY);
}

export function monthName(dayNumber: number): string {
  return MONTH.format(fromDayNumber(dayNumber));
}

export function weekdayName(dayNumber: number): string {
  return WEEKDAY.format(fromDayNumber(dayNumber));
}

/** "Wed 15 Nov 2023", "Mar 2011" or "2020": the date at the precision it was given. */
export function formatPictureDate(date: string, precision: DatePrecision): string {
  const interval = toInterval(date);
  if (interval === undefined) return date;
  const when = fromDayNumber(interval.start);
  const year = when.getUTCFullYear();
  if (precision === "year") return String(year);
  if (precision === "month") return `${monthName(interval.start)} ${year}`;
  return `${WEEKDAY.format(when)} ${when.getUTCDate()} ${monthName(interval.start)} ${year}`;
}
