/** A weekday: "on Thursday", "On Wednesday,", "Monday's", "next Tuesday", "last Friday". */
import {
  addDays,
  describeDay,
  formatDay,
  weekdayNumberOf,
  weekdayOf,
  type CalendarDay,
} from "../../../ingest/calendar.ts";
import { createMention, inferred, spanOf, type DateExtractor } from "../date-mention.ts";
import { NOT_BEFORE_WORD, WEEKDAY } from "../patterns.ts";
import { detectTense } from "../tense.ts";

const WEEKDAY_EXPRESSION = new RegExp(
  `\\b(?:([Nn]ext|[Ll]ast|[Tt]his coming|[Tt]his past|[Tt]his)\\s{1,4})?(${WEEKDAY})(?!s\\b)${NOT_BEFORE_WORD}`,
  "gu",
);
// "Black Monday", "Good Friday", "Super Tuesday" name a day of their own, not this week's.
const NAMED_DAY_BEFORE =
  /\b(?:Black|Cyber|Good|Holy|Ash|Super|Maundy|Easter|Bloody|Blue|Giving|Small Business)\s{1,4}$/;

type Direction = "on-or-before" | "before" | "after";

export const weekdayExtractor: DateExtractor = {
  name: "weekday",
  extract: ({ text, reference, sentences }) => {
    if (reference === null) return [];
    return [...text.matchAll(WEEKDAY_EXPRESSION)]
      .filter(
        (match) => !NAMED_DAY_BEFORE.test(text.slice(Math.max(0, match.index - 24), match.index)),
      )
      .map((match) => {
        const [start, end] = spanOf(match);
        const weekday = weekdayNumberOf(match[2] ?? "") ?? 0;
        const direction = directionOf(match[1], detectTense(text, [start, end], sentences));
        const day = findWeekday(reference, weekday, direction);
        const date = formatDay(day);
        const why = `the ${DESCRIPTIONS[direction]} ${match[2] ?? ""} ${DIRECTION_WORDS[direction]} publication on ${describeDay(reference)}`;
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

const DESCRIPTIONS: Record<Direction, string> = {
  "on-or-before": "last",
  before: "last",
  after: "next",
};
const DIRECTION_WORDS: Record<Direction, string> = {
  "on-or-before": "on or before",
  before: "before",
  after: "after",
};

/** "next" and future tense look ahead; everything else is the most recent one. */
function directionOf(word: string | undefined, tense: string): Direction {
  const lower = word?.toLowerCase();
  if (lower === "next" || lower === "this coming") return "after";
  if (lower === "last" || lower === "this past") return "before";
  // "will be announced on Friday" written on a Friday means next week's: today's would be "today".
  return tense === "future" ? "after" : "on-or-before";
}

function findWeekday(reference: CalendarDay, weekday: number, direction: Direction): CalendarDay {
  const back = (weekdayOf(reference) - weekday + 7) % 7;
  const ahead = (weekday - weekdayOf(reference) + 7) % 7;
  if (direction === "on-or-before") return addDays(reference, -back);
  if (direction === "before") return addDays(reference, -(back === 0 ? 7 : back));
  return addDays(reference, ahead === 0 ? 7 : ahead);
}
