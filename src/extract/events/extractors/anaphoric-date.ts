/** Dates that point back to one already mentioned: "the same day", "end the day", "the previous year". */
import { spanOf, type AnaphoraTarget, type DateExtractor } from "../date-mention.ts";

// "the day" alone is too loose ("the day he was born"); only where it is the day just reported.
const SAME_DAY =
  /(?<=\b(?:[Ff]or|end|ended|ending|finish|finished|finishing|close|closed|closing|later in|earlier in|on|during)\s)the (?:same )?day\b|\b[Tt]hat (?:same )?day\b/g;
const YEAR_BEFORE =
  /\bthe (?:previous|prior|preceding) year\b|\bthe year (?:before|previous|earlier)\b/g;
const SAME_DATE = /(?<=\b(?:[Bb]y|[Aa]t|[Uu]ntil|[Ss]ince)\s)that time\b/g;

const PATTERNS: ReadonlyArray<readonly [RegExp, AnaphoraTarget]> = [
  [SAME_DAY, "same-day"],
  [YEAR_BEFORE, "year-before"],
  [SAME_DATE, "same-date"],
];

export const anaphoricDateExtractor: DateExtractor = {
  name: "anaphoric-date",
  extract: ({ text }) =>
    PATTERNS.flatMap(([pattern, target]) =>
      [...text.matchAll(pattern)].map((match) => ({
        kind: "anaphoric" as const,
        expression: match[0],
        span: spanOf(match),
        target,
      })),
    ),
};
