/** Regex source fragments shared by the date extractors. */

/** Full names first, then abbreviations, so alternation takes the longest form. */
export const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";

export const MONTH_FULL =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

export const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

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
