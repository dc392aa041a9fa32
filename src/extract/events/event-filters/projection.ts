/** "by 2050", "By the end of 2030": a target or projection after publication, not an event. */
import { isAfterReference, textBefore, type EventFilter } from "./date-scene.ts";

const BY = /^(?:[Bb]y|[Nn]o later than)\s/;
const BY_PART_OF =
  /\b[Bb]y\s{1,4}(?:the\s{1,4})?(?:end|middle|start|beginning|close|turn)\s{1,4}of\s{1,4}(?:the\s{1,4})?$/;
// A forecast or goal around a future date: what is projected for it has not happened. Plans
// ("will open in 2026", "is expected next month") are dated events and stay.
const FORECAST_WORDS =
  /\b(?:targets?|goals?|forecasts?|forecasted|projected|projections?|predicted|predictions?|predicts?|estimated|estimates?|scenarios?|modell?ed)\b/i;
/** "by the end of the year": the boundary of a period that has not ended is a deadline ("by the end of last year" has). */
const BY_PERIOD_END =
  /\b[Bb]y\s{1,4}(?:the\s{1,4})?(?:end|close|middle|turn)\s{1,4}of\s{1,4}(?!last\b)/;
const REACH = 120;

export const projectionFilter: EventFilter = {
  name: "target or projection",
  rejects: ({ text, mention, sentence, referenceDate }) => {
    // The "by" may open the expression or stand just before it; eight characters cannot hold a whole "by the end of".
    if (BY_PERIOD_END.test(`${textBefore(text, mention.span[0], 8)}${mention.expression}`))
      return true;
    if (!isAfterReference(mention.date, referenceDate)) return false;
    if (BY.test(mention.expression)) return true;
    if (BY_PART_OF.test(textBefore(text, mention.span[0], 40))) return true;
    const from = Math.max(sentence.span[0], mention.span[0] - REACH);
    const to = Math.min(sentence.span[1], mention.span[1] + REACH);
    return FORECAST_WORDS.test(text.slice(from, to));
  },
};
