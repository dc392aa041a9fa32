/** "held every year in May": a habit, not a dated event. */
import { textBefore, type EventFilter } from "./date-scene.ts";

const HABIT =
  /\b(?:every|each)\s{1,4}(?:year|month|week|day|spring|summer|autumn|fall|winter|weekend|morning|evening|night)\b|\b(?:annually|yearly|every\s{1,4}other)\b/i;
/** "every Saturday", "each March": "every" or "each" right before the date makes it a habit. */
const EVERY_BEFORE = /\b(?:every|each)\s{1,4}$/i;
// "held every year since 1990": the first time is a dated event of its own.
const SINCE = /^[Ss]ince\s/;
// The habit word stands right beside the date ("every year in May", "in May each year"); one
// further off belongs to another clause ("opened on Monday and will be open every day").
const REACH = 16;

export const habitualFilter: EventFilter = {
  name: "habit",
  rejects: ({ text, mention, sentence }) => {
    if (SINCE.test(mention.expression)) return false;
    const before = textBefore(text, mention.span[0], REACH);
    const after = text.slice(mention.span[1], Math.min(sentence.span[1], mention.span[1] + REACH));
    const offsetInSentence = mention.span[0] - sentence.span[0];
    const beforeInSentence = before.slice(Math.max(0, before.length - offsetInSentence));
    return HABIT.test(beforeInSentence) || EVERY_BEFORE.test(beforeInSentence) || HABIT.test(after);
  },
};
