/** “Today's announcement” in a quote means the day the words were spoken, not publication. */
import type { EventFilter } from "./date-scene.ts";

// Only the day of speaking itself: "yesterday" or "on Monday" in a quote still date events.
const SPEAKING_DAY = /^(?:\w+\s{1,4})?(?:today|tonight|this (?:morning|afternoon|evening))$/i;

export const quotedTodayFilter: EventFilter = {
  name: "today inside a quotation",
  rejects: ({ mention, isQuoted }) => isQuoted && SPEAKING_DAY.test(mention.expression),
};
