/** "over the weekend", "ran throughout the weekend": the weekend nearest publication. */
import { addDays, describeDay, formatMonth, weekdayOf } from "../../../ingest/calendar.ts";
import { createMention, inferred, spanOf, type DateExtractor } from "../date-mention.ts";
import { detectTense } from "../tense.ts";

// Only with a preposition that places something in it: "the weekend" alone may be any weekend
// ("the weekend is for rest"), and "the weekends" are habits, not a date.
const THE_WEEKEND =
  /\b(?:[Oo]ver|[Tt]hroughout|[Dd]uring|[Aa]t|[Oo]n|[Aa]cross|[Ff]or)\s{1,4}the\s{1,4}weekend\b(?!s|['’]s)/g;
const SATURDAY = 6;

export const theWeekendExtractor: DateExtractor = {
  name: "the-weekend",
  extract: ({ text, reference, sentences }) => {
    if (reference === null) return [];
    return [...text.matchAll(THE_WEEKEND)].map((match) => {
      const [start, end] = spanOf(match);
      const isAhead = detectTense(text, [start, end], sentences) === "future";
      // Sunday counts as the weekend's second day: its Saturday is the day before.
      const sinceSaturday = (weekdayOf(reference) - SATURDAY + 7) % 7;
      const isWeekend = sinceSaturday <= 1;
      const offset = isAhead && !isWeekend ? 7 - sinceSaturday : -sinceSaturday;
      const saturday = addDays(reference, offset);
      const date = formatMonth(saturday.year, saturday.month);
      const which = isAhead ? "the coming weekend" : "the last weekend";
      const why = `${which} on or around publication on ${describeDay(reference)} (no week precision: the month of its Saturday)`;
      return createMention(
        text,
        start,
        end,
        { date, precision: "month" },
        inferred(match[0], date, why),
      );
    });
  },
};
