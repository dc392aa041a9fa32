/** Publication dates as pages print them ("Wednesday, April 13, 2011", "17 Nov 2023"). */
import {
  alternationOf,
  daysInMonth,
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  monthNumberOf,
  WEEKDAY_ABBREVIATIONS,
  WEEKDAY_NAMES,
} from "./calendar.ts";

// Longest names first so "September" is not read as "Sep" + "tember". Every pattern is anchored
// at the start and has no nested repetition, so it runs in linear time on any line.
const MONTH = `(${alternationOf([...MONTH_NAMES, ...MONTH_ABBREVIATIONS])})\\.?`;
const WEEKDAY = `(?:(?:${alternationOf([...WEEKDAY_NAMES, ...WEEKDAY_ABBREVIATIONS])})\\.?,? +)?`;
// "Updated 5:12 PM EDT, June 3, 2024": a label and a time of day may come before the date.
const DATE_PREFIX =
  "(?:(?:Updated|Published|Posted|Last updated)(?: on)?:? +)?(?:\\d{1,2}[:.]\\d{2} *(?:[AP]\\.?M\\.?)?(?: +[A-Z]{2,5})?,? +)?";
const MONTH_FIRST = new RegExp(
  `^${DATE_PREFIX}${WEEKDAY}${MONTH} +(\\d{1,2})(?:st|nd|rd|th)?,? +(\\d{4})(?!\\d)`,
  "i",
);
const DAY_FIRST = new RegExp(
  `^${DATE_PREFIX}${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)? +${MONTH},? +(\\d{4})(?!\\d)`,
  "i",
);
const ISO_DATE = new RegExp(`^${DATE_PREFIX}(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)`, "i");
// "11/17/2023", "17.11.2023": all numbers, so the order of day and month is a convention.
const NUMERIC_DATE = new RegExp(
  `^${DATE_PREFIX}${WEEKDAY}(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})(?!\\d)`,
  "i",
);
// Above 12 a number can only be the day.
const MAX_MONTH = 12;

/** A date at the start of a line: its ISO form (null when it is not a real day) and the rest. */
export interface LeadingDate {
  readonly written: string;
  readonly iso: string | null;
  readonly rest: string;
  /** "03/04/2023": 3 April or March 4; iso is null, since guessing would be wrong half the time. */
  readonly isAmbiguous: boolean;
}

/** Reads a date that starts the line, or returns null when the line does not start with one. */
export function matchLeadingDate(line: string): LeadingDate | null {
  const monthFirst = MONTH_FIRST.exec(line);
  if (monthFirst)
    return buildLeadingDate(line, monthFirst[0], monthFirst[3], monthFirst[1], monthFirst[2]);
  const dayFirst = DAY_FIRST.exec(line);
  if (dayFirst) return buildLeadingDate(line, dayFirst[0], dayFirst[3], dayFirst[2], dayFirst[1]);
  const iso = ISO_DATE.exec(line);
  if (iso) return buildLeadingDate(line, iso[0], iso[1], iso[2], iso[3]);
  const numeric = NUMERIC_DATE.exec(line);
  if (numeric) return readNumericDate(line, numeric);
  return null;
}

/**
 * A number above 12 is the day, so 11/17/2023 and 17/11/2023 are both 17 November. Dots are
 * the day-first convention (17.11.2023). Slashes with both numbers 12 or below could be either
 * way round, unless they are equal.
 */
function readNumericDate(line: string, match: RegExpExecArray): LeadingDate {
  const [written, first = "", separator, second = "", year] = match;
  const [a, b] = [Number(first), Number(second)];
  const isDayFirst = a > MAX_MONTH || separator === ".";
  const isMonthFirst = b > MAX_MONTH;
  if (!isDayFirst && !isMonthFirst && a !== b)
    return { written, iso: null, rest: line.slice(written.length), isAmbiguous: true };
  return isDayFirst
    ? buildLeadingDate(line, written, year, second, first)
    : buildLeadingDate(line, written, year, first, second);
}

function buildLeadingDate(
  line: string,
  written: string,
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
): LeadingDate {
  const monthNumber = /^\d+$/.test(month ?? "") ? Number(month) : monthNumberOf(month ?? "");
  const iso = toIsoDate(Number(year), monthNumber ?? 0, Number(day));
  return { written, iso, rest: line.slice(written.length), isAmbiguous: false };
}

/** "YYYY-MM-DD" when year, month and day name a real calendar day, otherwise null. */
export function toIsoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * A whole value that must be a date (front matter): ISO with an optional time, or written out.
 * Returns the ISO date, or null when the value is not a real date.
 */
export function parseWholeDate(value: string): string | null {
  const trimmed = value.trim();
  const leading = matchLeadingDate(trimmed);
  if (leading === null) return null;
  const rest = leading.rest.trim();
  const isIsoTime = /^[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(leading.rest);
  return rest === "" || isIsoTime ? leading.iso : null;
}
