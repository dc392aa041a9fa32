/** Dates that point back to one already mentioned: "the same day", "the next day", "the previous year". */
import { spanOf, type AnaphoraTarget, type DateExtractor } from "../date-mention.ts";

// "the day" alone is too loose ("the day he was born"); only where it is the day just reported.
const SAME_DAY =
  /(?<=\b(?:[Ff]or|end|ended|ending|finish|finished|finishing|close|closed|closing|later in|earlier in|on|during)\s)the (?:same )?day\b|\b[Tt]hat (?:same )?day\b/g;
const DAY_AFTER = /\b[Tt]he (?:next|following) day\b|\b[Tt]he day after\b(?! tomorrow)/g;
const DAY_BEFORE =
  /\b[Tt]he (?:previous|prior|preceding) day\b|\b[Tt]he day before\b(?! yesterday)/g;
const YEAR_BEFORE =
  /\b[Tt]he (?:previous|prior|preceding) year\b|\b[Tt]he year (?:before|previous|earlier)\b/g;
const YEAR_AFTER = /\b[Tt]he (?:next|following) year\b|\b[Tt]he year after\b/g;
const SAME_PERIOD_YEAR_BEFORE =
  /\b[Tt]he same (?:month|period|time|day|week|quarter|date) (?:last year|a year (?:ago|earlier|before)|(?:of )?the (?:previous|prior) year)\b/g;
const SAME_DATE = /(?<=\b(?:[Bb]y|[Aa]t|[Uu]ntil|[Ss]ince)\s)that time\b/g;

const PATTERNS: ReadonlyArray<readonly [RegExp, AnaphoraTarget]> = [
  [SAME_DAY, { unit: "day", offset: 0 }],
  [DAY_AFTER, { unit: "day", offset: 1 }],
  [DAY_BEFORE, { unit: "day", offset: -1 }],
  [YEAR_BEFORE, { unit: "year", offset: -1 }],
  [YEAR_AFTER, { unit: "year", offset: 1 }],
  [SAME_DATE, { unit: "date", offset: 0 }],
  [SAME_PERIOD_YEAR_BEFORE, { unit: "date", offset: -1 }],
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
    ).sort((a, b) => a.span[0] - b.span[0]),
};
