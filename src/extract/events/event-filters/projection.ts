/** "by 2050", "By next year": a target or projection after publication, not a dated event. */
import { isAfterReference, type EventFilter } from "./date-scene.ts";

const BY = /^(?:[Bb]y|[Nn]o later than)\s/;

export const projectionFilter: EventFilter = {
  name: "target or projection",
  rejects: ({ mention, referenceDate }) =>
    BY.test(mention.expression) && isAfterReference(mention.date, referenceDate),
};
