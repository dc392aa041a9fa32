/** Spans counted from the date just mentioned: "two days later", "a week earlier", "a year later". */
import { spanOf, type AnaphoraTarget, type DateExtractor } from "../date-mention.ts";
import { NUMBER_WORDS } from "./relative-ago.ts";

// "three days later than planned" compares two dates and names neither; hours and months are
// left out (dates carry no hours, and anaphors count whole days or years).
const COUNTED = new RegExp(
  `\\b(${Object.keys(NUMBER_WORDS).join("|")}|\\d{1,2})\\s{1,4}(day|week|year)s?\\s{1,4}(later|earlier|afterwards)\\b(?!\\s{1,4}than)`,
  "gi",
);
const DAYS_IN: Readonly<Record<string, number>> = { day: 1, week: 7 };

export const countedFromDateExtractor: DateExtractor = {
  name: "counted-from-date",
  extract: ({ text }) =>
    [...text.matchAll(COUNTED)].map((match) => {
      const count = NUMBER_WORDS[(match[1] ?? "").toLowerCase()] ?? Number(match[1]);
      const unit = (match[2] ?? "day").toLowerCase();
      const sign = (match[3] ?? "").toLowerCase() === "earlier" ? -1 : 1;
      const target: AnaphoraTarget =
        unit === "year"
          ? { unit: "year", offset: sign * count }
          : { unit: "day", offset: sign * count * (DAYS_IN[unit] ?? 1) };
      return { kind: "anaphoric" as const, expression: match[0], span: spanOf(match), target };
    }),
};
