/** Dates that are real dates but date no statement of the article, in the order they are asked. */
import { counterfactualFilter } from "./event-filters/counterfactual.ts";
import type { EventFilter } from "./event-filters/date-scene.ts";
import { habitualFilter } from "./event-filters/habitual.ts";
import { openBoundaryFilter } from "./event-filters/open-boundary.ts";
import { presentFrameFilter } from "./event-filters/present-frame.ts";
import { projectionFilter } from "./event-filters/projection.ts";
import { quotedTodayFilter } from "./event-filters/quoted-today.ts";
import { rangeEndFilter } from "./event-filters/range-end.ts";

/**
 * Each filter reads one mention and its sentence and none depends on another's verdict, so
 * the order only decides which name the trace gives a mention that several reject. The
 * cheapest, most certain readings come first: the end of a range is never its own event.
 */
export const EVENT_FILTERS: readonly EventFilter[] = [
  rangeEndFilter,
  projectionFilter,
  openBoundaryFilter,
  presentFrameFilter,
  quotedTodayFilter,
  habitualFilter,
  counterfactualFilter,
];

export type { DateScene, EventFilter } from "./event-filters/date-scene.ts";
