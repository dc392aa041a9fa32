/**
 * The time axis: one or two segments, each scaled to its own spread. News mixes the days around
 * publication with background years ago; one linear axis would crush those days into a pixel.
 * So when the background lies well before the last month, the axis breaks in two: the background
 * (years or decades) on the left, the month around publication (days) on the right.
 */
import type { DayInterval } from "./calendar-days.ts";
import { fromDayNumber, monthName, toDayNumber, weekdayName } from "./calendar-days.ts";

export type AxisUnit = "day" | "month" | "year" | "decade";

export interface AxisSegment {
  /** Days covered: [start, end). */
  readonly start: number;
  readonly end: number;
  /** Pixels, left and right. */
  readonly left: number;
  readonly right: number;
  readonly unit: AxisUnit;
}

/** A boundary on the axis, with the name of the period that starts there, printed mid-period. */
export interface AxisTick {
  readonly x: number;
  /** Where the label is centred: the middle of the period, or the tick for the last boundary. */
  readonly labelX: number;
  /** Empty for the last boundary. */
  readonly label: string;
  /** Starts a larger period (a month among days, a year among months, a decade among years). */
  readonly isMajor: boolean;
}

/** Events that end less than this many days before the anchor, or later, are "around publication". */
const DETAIL_WINDOW_DAYS = 62;
/** Two segments are drawn only when the whole spread is longer than this. */
const SPLIT_ABOVE_DAYS = 120;
const SEGMENT_GAP = 36;

function chooseUnit(days: number): AxisUnit {
  if (days <= 62) return "day";
  if (days <= 3 * 366) return "month";
  if (days <= 40 * 366) return "year";
  return "decade";
}

/** Widens [start, end) to whole units, so a span's ends fall on ticks. */
function padToUnit(start: number, end: number, unit: AxisUnit): [number, number] {
  const first = fromDayNumber(start);
  const last = fromDayNumber(end - 1);
  const firstYear = first.getUTCFullYear();
  const lastYear = last.getUTCFullYear();
  switch (unit) {
    case "day":
      return [start - 1, end + 1];
    case "month":
      return [
        toDayNumber(firstYear, first.getUTCMonth() + 1, 1),
        toDayNumber(lastYear, last.getUTCMonth() + 2, 1),
      ];
    case "year":
      return [toDayNumber(firstYear, 1, 1), toDayNumber(lastYear + 1, 1, 1)];
    case "decade":
      return [
        toDayNumber(firstYear - (firstYear % 10), 1, 1),
        toDayNumber(lastYear - (lastYear % 10) + 10, 1, 1),
      ];
  }
}

function buildSegment(intervals: readonly DayInterval[], left: number, right: number): AxisSegment {
  const start = Math.min(...intervals.map((interval) => interval.start));
  const end = Math.max(...intervals.map((interval) => interval.end));
  const unit = chooseUnit(end - start);
  const [paddedStart, paddedEnd] = padToUnit(start, end, unit);
  return { start: paddedStart, end: paddedEnd, left, right, unit };
}

/**
 * Lays the axis over [left, right] for the events' intervals and the anchors (publication dates;
 * the latest single day when none): split in two when the background ends before the detail window.
 * Articles published months apart have no common "around publication", so their axis stays whole.
 */
export function buildAxis(
  intervals: readonly DayInterval[],
  anchors: readonly number[],
  left: number,
  right: number,
): AxisSegment[] {
  const days = intervals.filter((interval) => interval.end - interval.start === 1);
  const latestDay = days.length === 0 ? null : Math.max(...days.map((interval) => interval.start));
  const anchor = anchors.length === 0 ? latestDay : Math.max(...anchors);
  const isOneMoment =
    anchors.length === 0 || Math.max(...anchors) - Math.min(...anchors) <= DETAIL_WINDOW_DAYS;
  const all =
    anchor === null || anchors.length === 0
      ? intervals
      : [...intervals, { start: anchor, end: anchor + 1 }];
  if (anchor === null) return [buildSegment(all, left, right)];
  const windowStart = anchor - DETAIL_WINDOW_DAYS;
  const background = all.filter((interval) => interval.end <= windowStart);
  const detail = all.filter((interval) => interval.end > windowStart);
  const spread = Math.max(...all.map((i) => i.end)) - Math.min(...all.map((i) => i.start));
  // A year that holds the window ends after it starts and belongs to the detail side; it would
  // stretch that side back over the year, so the axis then stays whole.
  const isSplit =
    isOneMoment &&
    background.length > 0 &&
    detail.length > 0 &&
    spread > SPLIT_ABOVE_DAYS &&
    Math.min(...detail.map((interval) => interval.start)) >= windowStart - DETAIL_WINDOW_DAYS;
  if (!isSplit) return [buildSegment(all, left, right)];
  // The side with more events gets more room, within 35-65 % of the width.
  const share = Math.min(0.65, Math.max(0.35, detail.length / all.length));
  const split = right - (right - left - SEGMENT_GAP) * share;
  return [buildSegment(background, left, split - SEGMENT_GAP), buildSegment(detail, split, right)];
}

/** The x of a day number on the axis; a day outside every segment goes to the nearest end. */
export function placeDay(segments: readonly AxisSegment[], day: number): number {
  const segment = segments.find((candidate) => day < candidate.end) ?? segments.at(-1);
  if (segment === undefined) return 0;
  const clamped = Math.min(Math.max(day, segment.start), segment.end);
  return (
    segment.left +
    ((clamped - segment.start) / (segment.end - segment.start)) * (segment.right - segment.left)
  );
}

function tickStep(unit: AxisUnit, count: number, width: number): number {
  // A day's label holds its weekday ("Wed 15"), so days need the most room.
  const room = Math.max(1, Math.floor(width / (unit === "day" ? 84 : 60)));
  for (const step of unit === "day" ? [1, 2, 7, 14] : [1, 2, 5, 10, 20, 50]) {
    if (count / step <= room) return step;
  }
  return Math.ceil(count / room);
}

/** The day `steps` units after `day`, which starts a unit. */
function advance(day: number, unit: AxisUnit, steps: number): number {
  const date = fromDayNumber(day);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  if (unit === "day") return day + steps;
  if (unit === "month") return toDayNumber(year, month + steps, 1);
  return toDayNumber(year + steps * (unit === "decade" ? 10 : 1), 1, 1);
}

function nameOf(day: number, unit: AxisUnit, isMajor: boolean): string {
  const date = fromDayNumber(day);
  const year = date.getUTCFullYear();
  if (unit === "day") {
    // The weekday, because news dates events by it ("on Wednesday").
    return `${weekdayName(day)} ${date.getUTCDate()}${isMajor ? ` ${monthName(day)}` : ""}`;
  }
  if (unit === "month") return isMajor ? `${monthName(day)} ${year}` : monthName(day);
  return unit === "decade" ? `${year}s` : String(year);
}

function isMajorStart(day: number, unit: AxisUnit, isFirst: boolean): boolean {
  const date = fromDayNumber(day);
  if (unit === "day") return isFirst || date.getUTCDate() === 1;
  if (unit === "month") return isFirst || date.getUTCMonth() === 0;
  return date.getUTCFullYear() % (unit === "decade" ? 100 : 10) === 0;
}

/** One tick per day, month, year or decade, thinned so labels do not touch. */
export function buildTicks(segment: AxisSegment): AxisTick[] {
  const { unit } = segment;
  const place = (day: number) => placeDay([segment], day);
  const units = Math.max(1, Math.round(advanceCount(segment)));
  const step = tickStep(unit, units, segment.right - segment.left);
  const ticks: AxisTick[] = [];
  for (let day = segment.start; day < segment.end; day = advance(day, unit, step)) {
    const next = Math.min(advance(day, unit, step), segment.end);
    const isMajor = isMajorStart(day, unit, day === segment.start);
    // A period of several units is named by its first; a single one is labelled in its middle.
    const labelX = step === 1 ? (place(day) + place(next)) / 2 : place(day);
    ticks.push({ x: place(day), labelX, label: nameOf(day, unit, isMajor), isMajor });
  }
  ticks.push({ x: segment.right, labelX: segment.right, label: "", isMajor: false });
  return ticks;
}

function advanceCount(segment: AxisSegment): number {
  const days = segment.end - segment.start;
  if (segment.unit === "day") return days;
  if (segment.unit === "month") return days / 30.44;
  return days / (segment.unit === "decade" ? 3_652.5 : 365.25);
}
