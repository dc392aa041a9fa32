/** A month with its year: "September 2021", "Sept. 2021", "October of 2020". */
import { formatMonth, monthNumberOf } from "../../../ingest/calendar.ts";
import {
  createMention,
  spanOf,
  stated,
  type DateExtractor,
  type DateMention,
} from "../date-mention.ts";
import { MONTH, NOT_AFTER_WORD, NOT_BEFORE_WORD } from "../patterns.ts";

const MONTH_YEAR = new RegExp(
  `${NOT_AFTER_WORD}(${MONTH}),?\\s{1,4}(?:of\\s{1,4})?(\\d{4})${NOT_BEFORE_WORD}(?![,.]\\d)`,
  "gu",
);

export const monthYearExtractor: DateExtractor = {
  name: "month-year",
  extract: ({ text }) =>
    [...text.matchAll(MONTH_YEAR)]
      .map((match) => toMention(text, match))
      .filter((mention): mention is DateMention => mention !== null),
};

function toMention(text: string, match: RegExpMatchArray): DateMention | null {
  const month = monthNumberOf(match[1] ?? "");
  if (month === null) return null;
  const [start, end] = spanOf(match);
  const date = formatMonth(Number(match[2]), month);
  return createMention(text, start, end, { date, precision: "month" }, stated(match[0], date));
}
