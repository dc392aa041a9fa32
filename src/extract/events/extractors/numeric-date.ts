/** Dates written in digits: ISO "2023-11-17" and American "7/8/07" or "11/17/2023". */
import { formatDay, isRealDay } from "../../../ingest/calendar.ts";
import {
  createMention,
  spanOf,
  stated,
  type DateExtractor,
  type DateMention,
} from "../date-mention.ts";

// Not beside other digits, slashes or dashes, so IDs and fractions like "1/2" stay out.
const ISO_DATE = /(?<![\d/-])(\d{4})-(\d{2})-(\d{2})(?![\d/-])/g;
const US_DATE = /(?<![\d/.-])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/-]|\.\d)/g;

export const numericDateExtractor: DateExtractor = {
  name: "numeric-date",
  extract: ({ text }) =>
    [
      ...[...text.matchAll(ISO_DATE)].map((m) => toMention(text, m, m[1], m[2], m[3])),
      ...[...text.matchAll(US_DATE)].map((m) => toMention(text, m, fullYearOf(m[3]), m[1], m[2])),
    ].filter((mention): mention is DateMention => mention !== null),
};

/** Two-digit years: the 1900s from 50 on, the 2000s below it. */
function fullYearOf(digits = ""): string {
  if (digits.length === 4) return digits;
  const value = Number(digits);
  return String(value >= 50 ? 1900 + value : 2000 + value);
}

function toMention(
  text: string,
  match: RegExpMatchArray,
  year = "",
  month = "",
  dayDigits = "",
): DateMention | null {
  const day = { year: Number(year), month: Number(month), day: Number(dayDigits) };
  if (!isRealDay(day)) return null;
  const [start, end] = spanOf(match);
  const date = formatDay(day);
  return createMention(text, start, end, { date, precision: "day" }, stated(match[0], date));
}
