/** Regex source fragments shared by the date extractors. */
import {
  alternationOf,
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  WEEKDAY_NAMES,
} from "../../ingest/calendar.ts";

export const MONTH_FULL = `(?:${alternationOf(MONTH_NAMES)})`;

/** Full names first, then abbreviations, so alternation takes the longest form. */
export const MONTH = `(?:${alternationOf(MONTH_NAMES)}|(?:${alternationOf(MONTH_ABBREVIATIONS)})\\.?)`;

export const WEEKDAY = `(?:${alternationOf(WEEKDAY_NAMES)})`;

/** "Friday, " before a full date is part of the same expression. */
export const OPTIONAL_WEEKDAY_PREFIX = `(?:${WEEKDAY},?\\s{1,4})?`;

export const ORDINAL_SUFFIX = "(?:st|nd|rd|th)?";

/** A day of the month: 1–31, not followed by another digit. */
export const DAY = "(\\d{1,2})";

/** Letters or digits right beside a match mean it is part of a longer token. */
export const NOT_AFTER_WORD = "(?<![\\p{L}\\p{N}])";
export const NOT_BEFORE_WORD = "(?![\\p{L}\\p{N}])";

/** "in|since" → "[Ii]n|[Ss]ince": a word may open a sentence, the rest of the pattern stays exact. */
export function withEitherInitial(words: string): string {
  return words
    .split("|")
    .map((word) => `[${word[0]?.toUpperCase() ?? ""}${word[0] ?? ""}]${word.slice(1)}`)
    .join("|");
}
