/**
 * The one calendar of the project: month and weekday names as English news prints them, and
 * arithmetic on plain year/month/day values. Pure, never reads the clock. It lives in ingest,
 * the lowest layer with code, so ingest, extract and answer all read the same tables.
 */
import type { DatePrecision } from "../model/analysis.ts";

export interface CalendarDay {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
}

/** January first; index + 1 is the month number. */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** Sunday first, as `Date.getUTCDay` counts: index 0 = Sunday … 6 = Saturday. */
export const WEEKDAY_NAMES = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

/** Short forms printed without (or before) a full stop; "May" has none of its own. */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  ...MONTH_NAMES.filter((name) => name !== "May").map((name) => name.slice(0, 3)),
  "Sept",
];

export const WEEKDAY_ABBREVIATIONS: readonly string[] = [
  ...WEEKDAY_NAMES.map((name) => name.slice(0, 3)),
  "Tues",
  "Thurs",
];

/** "January|…|Sept|Sep|…": a regex alternation, longest first so "Sept" is not read as "Sep". */
export function alternationOf(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length || a.localeCompare(b)).join("|");
}

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

/** Days in a month of the Gregorian calendar, for any year (no Date: years below 100 included). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Month number 1–12 for "November", "Nov.", "Sept", "nov"; null for anything else. */
export function monthNumberOf(name: string): number | null {
  const word = name.replace(/\.$/, "").toLowerCase();
  const index = MONTH_NAMES.findIndex(
    (month) =>
      month.toLowerCase() === word ||
      MONTH_ABBREVIATIONS.some(
        (short) => short.toLowerCase() === word && month.startsWith(short.slice(0, 3)),
      ),
  );
  return index < 0 ? null : index + 1;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: CalendarDay): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

/** 0 = Sunday … 6 = Saturday for "Monday", "Mon.", "Thurs"; null for anything else. */
export function weekdayNumberOf(name: string): number | null {
  const word = name.replace(/\.$/, "").toLowerCase();
  const index = WEEKDAY_NAMES.findIndex(
    (weekday) =>
      weekday.toLowerCase() === word ||
      WEEKDAY_ABBREVIATIONS.some(
        (short) => short.toLowerCase() === word && weekday.startsWith(short.slice(0, 3)),
      ),
  );
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
