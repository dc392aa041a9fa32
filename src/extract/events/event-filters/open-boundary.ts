/** "who applied before last summer": a cut-off bounds a stretch of time; nothing is dated to it. */
import type { EventFilter } from "./date-scene.ts";

// "Before Monday's vote" dates the vote, so a possessive date stays an event.
const BEFORE = /^(?:[Bb]efore|[Pp]rior to)\s/;
const POSSESSIVE_AFTER = /^['’]s?\b/;

export const openBoundaryFilter: EventFilter = {
  name: "cut-off before a date",
  rejects: ({ text, mention }) =>
    BEFORE.test(mention.expression) &&
    !POSSESSIVE_AFTER.test(text.slice(mention.span[1], mention.span[1] + 2)),
};
