/** A year cut to two digits after an apostrophe: "since '82", "in ’99". */
import { formatYear, type CalendarDay } from "../../../ingest/calendar.ts";
import { createMention, inferred, spanOf, type DateExtractor } from "../date-mention.ts";

// Only after a preposition: "'82" elsewhere is as likely a quotation fragment or a score.
const SHORT_YEAR =
  /(?<=\b(?:[Ss]ince|[Ii]n|[Bb]y|[Ff]rom|[Uu]ntil|[Oo]f|[Bb]efore|[Aa]fter)\s)['’](\d{2})(?![\p{L}\p{N}])/gu;
// A two-digit year more than this many years after publication is read as last century.
const FUTURE_WINDOW = 10;

export const shortYearExtractor: DateExtractor = {
  name: "short-year",
  extract: ({ text, reference }) =>
    [...text.matchAll(SHORT_YEAR)].map((match) => {
      const [start, end] = spanOf(match);
      const year = fullYearOf(Number(match[1]), reference);
      const date = formatYear(year);
      const why = `the century nearest publication${reference ? ` in ${reference.year}` : ""}`;
      return createMention(
        text,
        start,
        end,
        { date, precision: "year" },
        inferred(match[0], date, why),
      );
    }),
};

function fullYearOf(twoDigits: number, reference: CalendarDay | null): number {
  const limit = (reference?.year ?? 2000) + FUTURE_WINDOW;
  return 2000 + twoDigits <= limit ? 2000 + twoDigits : 1900 + twoDigits;
}
