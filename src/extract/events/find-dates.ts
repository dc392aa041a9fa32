/** The date pipeline: extractors for each surface form, then refiners, in this order. */
import { splitSentences, type TextSlice } from "../shared/sentences.ts";
import { parseIsoDay } from "../../ingest/calendar.ts";
import type { DateCandidate, DateExtractor, DateMention, DateRefiner } from "./date-mention.ts";
import { attachPrepositions, dropOverlappingDates } from "./date-refiners.ts";
import { anaphoricDateExtractor } from "./extractors/anaphoric-date.ts";
import { bareYearExtractor } from "./extractors/bare-year.ts";
import { countedFromDateExtractor } from "./extractors/counted-from-date.ts";
import { fullDateExtractor } from "./extractors/full-date.ts";
import { monthDayExtractor } from "./extractors/month-day.ts";
import { monthNameExtractor } from "./extractors/month-name.ts";
import { monthYearExtractor } from "./extractors/month-year.ts";
import { numericDateExtractor } from "./extractors/numeric-date.ts";
import { relativeAgoExtractor } from "./extractors/relative-ago.ts";
import { relativeDayExtractor } from "./extractors/relative-day.ts";
import { relativePeriodExtractor } from "./extractors/relative-period.ts";
import { shortYearExtractor } from "./extractors/short-year.ts";
import { theWeekendExtractor } from "./extractors/the-weekend.ts";
import { weekdayExtractor } from "./extractors/weekday.ts";
import { mergeAdjacentDates } from "./merge-adjacent-dates.ts";
import { resolveAnaphoricDates } from "./resolve-anaphora.ts";

/**
 * Order matters only for ties: overlapping expressions of equal length go to the earlier
 * extractor, so the more specific forms (full dates) come first and bare years last.
 */
export const DATE_EXTRACTORS: readonly DateExtractor[] = [
  fullDateExtractor,
  numericDateExtractor,
  monthYearExtractor,
  monthDayExtractor,
  monthNameExtractor,
  relativeDayExtractor,
  relativePeriodExtractor,
  relativeAgoExtractor,
  theWeekendExtractor,
  weekdayExtractor,
  bareYearExtractor,
  shortYearExtractor,
  anaphoricDateExtractor,
  countedFromDateExtractor,
];

/**
 * Run in this order. Overlaps go first, so an anaphor is never resolved against a date that
 * loses to it; anaphors ("the next day") then take their value from the last date kept before
 * them; adjacent restatements of one date merge once every value is known ("June this year");
 * prepositions join the expression last, once spans no longer compete ("on Thursday").
 */
export const DATE_REFINERS: readonly DateRefiner[] = [
  dropOverlappingDates,
  resolveAnaphoricDates,
  mergeAdjacentDates,
  attachPrepositions,
];

export interface FindDatesOptions {
  /** Publication date "YYYY-MM-DD"; without it relative expressions are skipped. */
  readonly referenceDate: string | null;
  /** The last date of an earlier passage, for "the same day" at the start of this one. */
  readonly anchor?: DateMention | null;
  /** The text's sentences when the caller has split them already. */
  readonly sentences?: readonly TextSlice[];
}

/** Every date expression in `text`, resolved, in reading order. */
export function findDates(text: string, options: FindDatesOptions): readonly DateMention[] {
  const input = {
    text,
    reference: parseIsoDay(options.referenceDate),
    sentences: options.sentences ?? splitSentences(text),
  };
  const scene = { text, anchor: options.anchor ?? null };
  let candidates: readonly DateCandidate[] = DATE_EXTRACTORS.flatMap((extractor) =>
    extractor.extract(input),
  );
  for (const refine of DATE_REFINERS) candidates = refine(scene, candidates);
  // resolveAnaphoricDates drops anaphors with nothing to point back to; this only narrows the type.
  return candidates.filter((candidate): candidate is DateMention => candidate.kind === "resolved");
}
