/** Calendar arithmetic on plain year/month/day values; pure, never reads the clock. */
import type { DatePrecision } from "../../model/analysis.ts";

export interface CalendarDay {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
}

export const WEEKDAY_NAMES = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

const MONTH_KEYS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
];

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "YYYY-MM-DD"; null when the text is not a real calendar day. */
export function parseIsoDay(text: string | null): CalendarDay | null {
  const match = ISO_DAY.exec(text ?? "");
  if (!match) return null;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealDay(day) ? day : null;
}

export function isRealDay(day: CalendarDay): boolean {
  return (
    day.month >= 1 && day.month <= 12 && day.day >= 1 && day.day <= daysInMonth(day.year, day.month)
  );
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Month number 1–12 for "November", "Nov.", "Sept"; null for anything else. */
export function monthNumberOf(name: string): number | null {
  const index = MONTH_KEYS.indexOf(name.slice(0, 3).toLowerCase());
  return index < 0 ? null : index + 1;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: CalendarDay): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

export function weekdayNumberOf(name: string): number | null {
  const index = WEEKDAY_NAMES.findIndex((weekday) => weekday.toLowerCase() === name.toLowerCase());
  return index < 0 ? null : index;
}

export function addDays(day: CalendarDay, count: number): CalendarDay {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + count));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addMonths(
  month: { readonly year: number; readonly month: number },
  count: number,
): { year: number; month: number } {
  const index = month.year * 12 + (month.month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Signed whole days from `from` to `to`. */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  const milliseconds =
    Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day);
  return Math.round(milliseconds / 86_400_000);
}

const pad = (value: number, width: number): string => String(value).padStart(width, "0");

export function formatDay(day: CalendarDay): string {
  return `${pad(day.year, 4)}-${pad(day.month, 2)}-${pad(day.day, 2)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

export function formatYear(year: number): string {
  return pad(year, 4);
}

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" for a day cut to the given precision. */
export function formatAt(day: CalendarDay, precision: DatePrecision): string {
  if (precision === "year") return formatYear(day.year);
  if (precision === "month") return formatMonth(day.year, day.month);
  return formatDay(day);
}

/** "Fri 2023-11-17", the way explanations name the publication date. */
export function describeDay(day: CalendarDay): string {
  return `${WEEKDAY_NAMES[weekdayOf(day)]?.slice(0, 3) ?? ""} ${formatDay(day)}`;
}
