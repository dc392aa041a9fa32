/** Refiner: "at the end of the month on April 29", "June this year": one date, written twice. */
import type { DateMention } from "./date-mention.ts";

// Only spaces or a preposition between the two, on one line (not a title and a dateline).
const JOINER = /^ +(?:(?:on|at|in|of) +)?$/;
// After a comma only a finer date restates the coarser one ("last month, on Oct. 5"); two
// values of the same precision there are a list ("last summer, this year").
const COMMA_JOINER = /^, +(?:(?:on|at|in|of) +)?$/;

/**
 * Merges two adjacent expressions when one date contains the other (2011-04 and 2011-04-29):
 * the finer date wins and the expression covers both. Dates that disagree stay apart.
 */
export function mergeAdjacentDates(text: string, mentions: readonly DateMention[]): DateMention[] {
  const merged: DateMention[] = [];
  for (const mention of mentions) {
    const previous = merged.at(-1);
    const gap = previous ? text.slice(previous.span[1], mention.span[0]) : "";
    const isContained =
      previous !== undefined &&
      (mention.date.startsWith(previous.date) || previous.date.startsWith(mention.date));
    const isRefinedAfterComma =
      previous !== undefined &&
      mention.date.length > previous.date.length &&
      COMMA_JOINER.test(gap);
    if (previous === undefined || !isContained || !(JOINER.test(gap) || isRefinedAfterComma)) {
      merged.push(mention);
      continue;
    }
    const finer = mention.date.length >= previous.date.length ? mention : previous;
    const span = [previous.span[0], mention.span[1]] as const;
    merged[merged.length - 1] = { ...finer, span, expression: text.slice(span[0], span[1]) };
  }
  return merged;
}
