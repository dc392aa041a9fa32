/** Refiner: "at the end of the month on April 29", "June this year": one date, written twice. */
import type { DateCandidate, DateMention, DateRefiner } from "./date-mention.ts";
import { WEEKDAY } from "./patterns.ts";

// Only spaces or a preposition between the two, on one line (not a title and a dateline).
const JOINER = /^ +(?:(?:on|at|in|of) +)?$/;
// After a comma only a finer date restates the coarser one ("last month, on Oct. 5"); two
// values of the same precision there are a list ("last summer, this year").
const COMMA_JOINER = /^, +(?:(?:on|at|in|of) +)?$/;
// "on 3/14/2015, a Saturday": the weekday describes the date before it, not this week's.
const APPOSITIVE_GAP = /^, +(?:a|which was a) +$/;
const WEEKDAY_ONLY = new RegExp(`^${WEEKDAY}$`);

/**
 * Merges two adjacent expressions when one date contains the other (2011-04 and 2011-04-29),
 * or when a weekday follows a day as its appositive: the finer (or first) date wins and the
 * expression covers both. Dates that disagree otherwise stay apart.
 */
export const mergeAdjacentDates: DateRefiner = ({ text }, candidates) => {
  const merged: DateCandidate[] = [];
  for (const mention of candidates) {
    const previous = merged.at(-1);
    const kept =
      previous?.kind === "resolved" && mention.kind === "resolved"
        ? chooseMerged(text, previous, mention)
        : null;
    if (previous === undefined || kept === null) {
      merged.push(mention);
      continue;
    }
    const span = [previous.span[0], mention.span[1]] as const;
    merged[merged.length - 1] = { ...kept, span, expression: text.slice(span[0], span[1]) };
  }
  return merged;
};

/** The mention whose value the merged expression keeps, or null when they stay apart. */
function chooseMerged(
  text: string,
  previous: DateMention,
  mention: DateMention,
): DateMention | null {
  const gap = text.slice(previous.span[1], mention.span[0]);
  const isAppositive =
    previous.precision === "day" &&
    WEEKDAY_ONLY.test(mention.expression) &&
    APPOSITIVE_GAP.test(gap);
  if (isAppositive) return previous;
  const isContained =
    mention.date.startsWith(previous.date) || previous.date.startsWith(mention.date);
  const isFinerAfterComma = mention.date.length > previous.date.length && COMMA_JOINER.test(gap);
  if (!isContained || !(JOINER.test(gap) || isFinerAfterComma)) return null;
  return mention.date.length >= previous.date.length ? mention : previous;
}
