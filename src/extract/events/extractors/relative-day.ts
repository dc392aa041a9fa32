/** Days named from publication: "today", "yesterday", "tomorrow", "this morning", "last night". */
import { addDays, describeDay, formatDay } from "../../../ingest/calendar.ts";
import { createMention, inferred, spanOf, type DateExtractor } from "../date-mention.ts";

const RELATIVE_DAY =
  /\b(?:(?:earlier|later) today|today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|last night|the day before yesterday|the day after tomorrow)\b/gi;

const OFFSETS: Readonly<Record<string, number>> = {
  yesterday: -1,
  "last night": -1,
  tomorrow: 1,
  "the day before yesterday": -2,
  "the day after tomorrow": 2,
};

const DISTANCES: Readonly<Record<number, string>> = { 1: "the day", 2: "two days" };

export const relativeDayExtractor: DateExtractor = {
  name: "relative-day",
  extract: ({ text, reference }) => {
    if (reference === null) return [];
    return [...text.matchAll(RELATIVE_DAY)].map((match) => {
      const [start, end] = spanOf(match);
      const offset = OFFSETS[match[0].toLowerCase()] ?? 0;
      const date = formatDay(addDays(reference, offset));
      const distance =
        offset === 0
          ? "the day of"
          : `${DISTANCES[Math.abs(offset)] ?? ""} ${offset < 0 ? "before" : "after"}`;
      const why = `${distance} publication on ${describeDay(reference)}`;
      return createMention(
        text,
        start,
        end,
        { date, precision: "day" },
        inferred(match[0], date, why),
      );
    });
  },
};
