/**
 * Events → positioned boxes: one lane per article, cards stacked over their dates, a time axis
 * scaled to the spread (split when the days around publication need room of their own), a mark
 * per event (a point for a day, a bar for a month or a year) and the publication date as a line.
 */
import type { Tone } from "../../model/answer.ts";
import { formatPictureDate, toInterval } from "./calendar-days.ts";
import type { DayInterval } from "./calendar-days.ts";
import type { PictureEvent, TimelinePictureInput } from "./picture-events.ts";
import { UNSTATED_TONE } from "./picture-events.ts";
import { stackCards } from "./stack-cards.ts";
import { estimateWidth, fitLine, wrapText } from "./text-fit.ts";
import { buildAxis, buildTicks, placeDay } from "./time-axis.ts";
import type { AxisSegment, AxisTick } from "./time-axis.ts";

export const PICTURE = {
  width: 1_100,
  margin: 24,
  cardWidth: 236,
  cardPadding: 8,
  titleSize: 20,
  dateSize: 13,
  labelSize: 13.5,
  labelLines: 4,
  lineHeight: 17,
  peopleSize: 12,
  levelGap: 8,
  laneHeader: 24,
  /** More events than this make a picture too tall to read; the rest are counted, not drawn. */
  maxEvents: 24,
} as const;

export interface LaidOutPerson {
  readonly name: string;
  readonly tone: Tone;
  readonly isStated: boolean;
}

export interface LaidOutCard {
  readonly x: number;
  readonly y: number;
  readonly height: number;
  readonly stemX: number;
  /** The lane's baseline, where the stem ends on the event's mark. */
  readonly stemBottom: number;
  readonly date: string;
  readonly passage: string;
  readonly labelLines: readonly string[];
  readonly people: readonly LaidOutPerson[];
  readonly hiddenPeople: number;
}

export interface LaidOutMark {
  readonly x1: number;
  readonly x2: number;
  readonly y: number;
  readonly isPoint: boolean;
}

export interface LaidOutLane {
  readonly title: string;
  readonly top: number;
  readonly baseline: number;
  readonly publication: { readonly x: number; readonly label: string } | null;
}

export interface PictureLayout {
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly subtitle: string;
  readonly lanes: readonly LaidOutLane[];
  readonly cards: readonly LaidOutCard[];
  readonly marks: readonly LaidOutMark[];
  readonly segments: readonly AxisSegment[];
  readonly ticks: readonly AxisTick[];
  readonly axisY: number;
}

interface DatedPictureEvent {
  readonly event: PictureEvent;
  readonly interval: DayInterval;
}

const CONTENT_WIDTH = PICTURE.cardWidth - 2 * PICTURE.cardPadding;
const CARD_HEIGHT = PICTURE.cardPadding * 2 + PICTURE.lineHeight * (PICTURE.labelLines + 2) + 2;
const LANES_TOP = 84;

function layOutPeople(event: PictureEvent): { people: LaidOutPerson[]; hidden: number } {
  const people: LaidOutPerson[] = [];
  let used = 0;
  for (const person of event.people) {
    const name = fitLine(person.name, CONTENT_WIDTH - 40, PICTURE.peopleSize);
    const width = 14 + estimateWidth(name, PICTURE.peopleSize) + 10;
    if (used + width > CONTENT_WIDTH - 24 && people.length > 0) break;
    people.push({ name, tone: person.stance ?? UNSTATED_TONE, isStated: person.stance !== null });
    used += width;
  }
  return { people, hidden: event.people.length - people.length };
}

function publicationDay(input: TimelinePictureInput, articleId: string): number | null {
  const published = input.articles.find((article) => article.id === articleId)?.published;
  return published === null || published === undefined
    ? null
    : (toInterval(published)?.start ?? null);
}

/** Lays out the picture; events whose date cannot be read are left out. */
export function layOutTimeline(input: TimelinePictureInput): PictureLayout {
  const { width, margin } = PICTURE;
  const dated: DatedPictureEvent[] = input.events.flatMap((event) => {
    const interval = toInterval(event.date);
    return interval === undefined ? [] : [{ event, interval }];
  });
  const shown = dated.slice(0, PICTURE.maxEvents);
  const anchors = input.articles
    .map((article) => publicationDay(input, article.id))
    .filter((day) => day !== null);
  const intervals =
    shown.length > 0 || anchors.length > 0
      ? shown.map((item) => item.interval)
      : [{ start: 0, end: 1 }];
  const segments = buildAxis(intervals, anchors, margin + 8, width - margin - 8);
  const centre = ({ event, interval }: DatedPictureEvent) =>
    event.precision === "day"
      ? placeDay(segments, interval.start + 0.5)
      : (placeDay(segments, interval.start) + placeDay(segments, interval.end)) / 2;
  const isMultiLane = input.articles.length > 1;
  const lanes: LaidOutLane[] = [];
  const cards: LaidOutCard[] = [];
  const marks: LaidOutMark[] = [];
  let top = LANES_TOP;
  for (const article of input.articles) {
    const own = shown
      .filter((item) => item.event.articleId === article.id)
      .sort((a, b) => centre(a) - centre(b));
    const placements = stackCards(
      own.map((item) => ({ stemX: centre(item), width: PICTURE.cardWidth })),
      margin,
      width - margin,
    );
    const levels = Math.max(1, ...placements.map((placement) => placement.level + 1));
    // The lane's first line holds its title and the publication label, above every card.
    const header = PICTURE.laneHeader * (isMultiLane ? 2 : 1);
    const baseline = top + header + levels * (CARD_HEIGHT + PICTURE.levelGap) + 14;
    own.forEach((item, index) => {
      const placement = placements[index];
      if (placement === undefined) return;
      const { people, hidden } = layOutPeople(item.event);
      cards.push({
        x: placement.x,
        y:
          baseline -
          14 -
          (placement.level + 1) * (CARD_HEIGHT + PICTURE.levelGap) +
          PICTURE.levelGap,
        height: CARD_HEIGHT,
        stemX: placement.stemX,
        stemBottom: baseline,
        date: formatPictureDate(item.event.date, item.event.precision),
        passage: `¶${item.event.passageNumber}`,
        labelLines: wrapText(
          item.event.label,
          CONTENT_WIDTH,
          PICTURE.labelSize,
          PICTURE.labelLines,
        ),
        people,
        hiddenPeople: hidden,
      });
      const isPoint = item.event.precision === "day";
      const x1 = isPoint ? placement.stemX : placeDay(segments, item.interval.start);
      const x2 = isPoint ? placement.stemX : placeDay(segments, item.interval.end);
      marks.push({ x1, x2, y: baseline, isPoint });
    });
    const published = publicationDay(input, article.id);
    const publication =
      published === null || article.published === null
        ? null
        : {
            x: placeDay(segments, published + 0.5),
            label: `published ${formatPictureDate(article.published, "day")}`,
          };
    lanes.push({
      title: isMultiLane ? fitLine(article.title, width - 2 * margin, 14, true) : "",
      top,
      baseline,
      publication,
    });
    top = baseline + 18;
  }
  const axisY = top + 4;
  const hidden = dated.length - shown.length;
  const count = `${shown.length} dated ${shown.length === 1 ? "event" : "events"}`;
  return {
    width,
    height: axisY + 64,
    title: fitLine(input.title, width - 2 * margin, PICTURE.titleSize, true),
    subtitle: `${count}${hidden > 0 ? ` (${hidden} more not drawn)` : ""} · ¶ marks the paragraph each one cites`,
    lanes,
    cards,
    marks,
    segments,
    ticks: segments.flatMap(buildTicks),
    axisY,
  };
}
