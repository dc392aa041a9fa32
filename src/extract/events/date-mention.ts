/** What the date extractors produce, before events are built around them. */
import type { DatePrecision, DateResolution, Span } from "../../model/analysis.ts";
import type { TextSlice } from "../shared/sentences.ts";
import type { CalendarDay } from "../../ingest/calendar.ts";

/** A date expression found in a text, resolved to an absolute date. */
export interface DateMention {
  readonly kind: "resolved";
  /** As written, verbatim: `text.slice(span[0], span[1]) === expression`. */
  readonly expression: string;
  readonly span: Span;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  readonly date: string;
  readonly precision: DatePrecision;
  readonly resolution: DateResolution;
}

/** What an anaphoric expression points back to: the last day (or any date) mentioned, shifted. */
export interface AnaphoraTarget {
  /** "day": the last day-precision date; "year": the last date's year; "date": the last date. */
  readonly unit: "day" | "year" | "date";
  /**
   * Days ("day") or years ("year", "date") after the date pointed to: "the next day" is +1,
   * "the previous year" −1, "the same month a year ago" is the last date moved back one year.
   */
  readonly offset: number;
}

/** "the same day", "the previous year": resolved later against the last date mentioned. */
export interface AnaphoricMention {
  readonly kind: "anaphoric";
  readonly expression: string;
  readonly span: Span;
  readonly target: AnaphoraTarget;
}

export type DateCandidate = DateMention | AnaphoricMention;

export interface DateInput {
  readonly text: string;
  /** Publication date; null means relative expressions cannot be resolved and are skipped. */
  readonly reference: CalendarDay | null;
  /** The text's sentences, split once, for extractors that read a date's tense. */
  readonly sentences: readonly TextSlice[];
}

/** What every date refiner reads beside the candidates. */
export interface DateRefineScene {
  readonly text: string;
  /** The last date of an earlier passage, for "the same day" at the start of this one. */
  readonly anchor: DateMention | null;
}

/** Takes the candidates in reading order (overlaps aside) and returns them improved. */
export type DateRefiner = (
  scene: DateRefineScene,
  candidates: readonly DateCandidate[],
) => readonly DateCandidate[];

/** One surface form: finds its expressions in a text. */
export interface DateExtractor {
  readonly name: string;
  readonly extract: (input: DateInput) => readonly DateCandidate[];
}

/** Builds a resolved mention from a regex match region. */
export function createMention(
  text: string,
  start: number,
  end: number,
  value: { date: string; precision: DatePrecision },
  resolution: DateResolution,
): DateMention {
  return {
    kind: "resolved",
    expression: text.slice(start, end),
    span: [start, end],
    date: value.date,
    precision: value.precision,
    resolution,
  };
}

export function stated(expression: string, date: string): DateResolution {
  return { method: "stated", explanation: `${expression} → ${date}, as written` };
}

export function inferred(expression: string, date: string, why: string): DateResolution {
  return { method: "inferred", explanation: `${expression} → ${date}, ${why}` };
}

/** Start and end offsets of a match, the whole match. */
export function spanOf(match: RegExpMatchArray): Span {
  const start = match.index ?? 0;
  return [start, start + match[0].length];
}
