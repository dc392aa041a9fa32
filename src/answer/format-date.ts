/** Dates for people: "Nov 16, 2023", "Nov 2023", "2020". Pure, no locale or clock. */
import { MONTH_NAMES } from "../ingest/calendar.ts";

const MONTHS = MONTH_NAMES.map((name) => name.slice(0, 3));

/** Formats "YYYY", "YYYY-MM" or "YYYY-MM-DD"; anything else is returned as it is. */
export function formatDate(value: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (monthName === undefined) return year ?? value;
  if (day === undefined) return `${monthName} ${year}`;
  return `${monthName} ${Number(day)}, ${year}`;
}
