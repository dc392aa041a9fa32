/** "from 1980 to 2012", "2000 - 2050": a range is dated by its start; its end is no event. */
import { textBefore, type EventFilter } from "./date-scene.ts";

// Between two dates of one range: a hyphen or en dash, or "to"/"through"/"and" after
// "from"/"between". A spaced em dash opens an aside ("in 2019 — 2020 was worse"), not a range.
const DASH_GAP = /^\s?[-–]\s?$/;
const WORD_GAP = /^\s{1,4}(?:to|through|until|till|and)\s{1,4}$/;
const CLOSING_WORD = /^(?:to|through|until|till)\s/i;
const RANGE_OPENER = /\b(?:[Ff]rom|[Bb]etween)\s{0,4}$/;
// A start written as a bare number the date finder did not take ("over 2000 - 2050").
const NUMBER_START = /\d\s?[-–]\s?$/;

export const rangeEndFilter: EventFilter = {
  name: "end of a range",
  rejects: ({ text, mention, previous }) => {
    if (NUMBER_START.test(textBefore(text, mention.span[0], 8))) return true;
    if (previous === null) return false;
    const gap = text.slice(previous.span[1], mention.span[0]);
    if (DASH_GAP.test(gap)) return true;
    const opensRange =
      /^(?:from|between)\b/i.test(previous.expression) ||
      RANGE_OPENER.test(textBefore(text, previous.span[0], 10));
    // "until 2012" may have taken its preposition already: the gap is then only a space.
    const isJoinedEnd = /^\s{1,4}$/.test(gap) && CLOSING_WORD.test(mention.expression);
    return opensRange && (WORD_GAP.test(gap) || isJoinedEnd);
  },
};
