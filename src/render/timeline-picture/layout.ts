/**
 * Events → positioned boxes: one lane per article, cards stacked over their dates, a time axis
 * scaled to the spread (split when the days around publication need room of their own), a mark
 * per event (a point for a day, a bar for a month or a year) and the publication date as a line.
 */
import { formatPictureDate, toInterval } from "./calendar-days.ts";
import type { DayInterval } from "./calendar-days.ts";
import type { PictureArticle, PictureEvent, TimelinePictureInput } from "./picture-events.ts";
import { stackCards } from "./stack-cards.ts";
import { fitLine } from "./text-fit.ts";
import { PICTURE, buildCardText } from "./picture-card.ts";
import type { LaidOutCard, LaidOutLane, LaidOutMark, PictureLayout } from "./picture-card.ts";
import { buildAxis, buildTicks, placeDay } from "./time-axis.ts";
import type { AxisSegment } from "./time-axis.ts";

interface DatedPictureEvent {
  readonly event: PictureEvent;
  readonly interval: DayInterval;
}

const LANES_TOP = 84;

interface LaneContext {
  readonly segments: readonly AxisSegment[];
  readonly top: number;
  readonly isMultiLane: boolean;
}

function centreOf(
  segments: readonly AxisSegment[],
  { event, interval }: DatedPictureEvent,
): number {
  if (event.precision === "day") return placeDay(segments, interval.start + 0.5);
  return (placeDay(segments, interval.start) + placeDay(segments, interval.end)) / 2;
}

/** One article's lane: its cards stacked by level, each level as tall as its tallest card. */
function layOutLane(
  article: PictureArticle,
  own: readonly DatedPictureEvent[],
  context: LaneContext,
) {
  const { segments, top } = context;
  const { width, margin, levelGap } = PICTURE;
  const stems = own.map((item) => centreOf(segments, item));
  const placements = stackCards(
    stems.map((stemX) => ({ stemX, width: PICTURE.cardWidth })),
    margin,
    width - margin,
  );
  const texts = own.map((item) => buildCardText(item.event));
  const levelHeights: number[] = [];
  placements.forEach((placement, index) => {
    levelHeights[placement.level] = Math.max(
      levelHeights[placement.level] ?? 0,
      texts[index]?.height ?? 0,
    );
  });
  // The lane's first line holds the publication label (and its title when there are several).
  const header = PICTURE.laneHeader * (context.isMultiLane ? 2 : 1);
  const stackHeight = levelHeights.reduce((sum, height) => sum + (height ?? 0) + levelGap, 0);
  const baseline = top + header + Math.max(stackHeight, 40) + 14;
  const levelBottoms = levelHeights.map((_, level) =>
    levelHeights
      .slice(0, level)
      .reduce((bottom, height) => bottom - (height ?? 0) - levelGap, baseline - 14),
  );
  const cards: LaidOutCard[] = [];
  const marks: LaidOutMark[] = [];
  own.forEach((item, index) => {
    const placement = placements[index];
    const text = texts[index];
    if (placement === undefined || text === undefined) return;
    const bottom = levelBottoms[placement.level] ?? baseline;
    cards.push({
      x: placement.x,
      y: bottom - text.height,
      height: text.height,
      stemX: placement.stemX,
      stemBottom: baseline,
      date: formatPictureDate(item.event.date, item.event.precision),
      passage: `¶${item.event.passageNumber}`,
      labelLines: text.labelLines,
      people: text.people,
      hiddenPeople: text.hidden,
    });
    const isPoint = item.event.precision === "day";
    const x1 = isPoint ? placement.stemX : placeDay(segments, item.interval.start);
    const x2 = isPoint ? placement.stemX : placeDay(segments, item.interval.end);
    marks.push({ x1, x2, y: baseline, isPoint });
  });
  const published = article.published === null ? undefined : toInterval(article.published);
  const publication =
    published === undefined || article.published === null
      ? null
      : {
          x: placeDay(segments, published.start + 0.5),
          label: `published ${formatPictureDate(article.published, "day")}`,
        };
  const title = context.isMultiLane ? fitLine(article.title, width - 2 * margin, 14, true) : "";
  return { lane: { title, top, baseline, publication }, cards, marks };
}

/** Lays out the picture; events whose date cannot be read are left out. */
export function layOutTimeline(input: TimelinePictureInput): PictureLayout {
  const { width, margin } = PICTURE;
  const dated: DatedPictureEvent[] = input.events.flatMap((event) => {
    const interval = toInterval(event.date);
    return interval === undefined ? [] : [{ event, interval }];
  });
  const shown = dated.slice(0, PICTURE.maxEvents);
  const anchors = input.articles.flatMap((article) => {
    const published = article.published === null ? undefined : toInterval(article.published);
    return published === undefined ? [] : [published.start];
  });
  const intervals =
    shown.length > 0 || anchors.length > 0
      ? shown.map((item) => item.interval)
      : [{ start: 0, end: 1 }];
  const segments = buildAxis(intervals, anchors, margin + 8, width - margin - 8);
  const lanes: LaidOutLane[] = [];
  const cards: LaidOutCard[] = [];
  const marks: LaidOutMark[] = [];
  let top = LANES_TOP;
  for (const article of input.articles) {
    const own = shown
      .filter((item) => item.event.articleId === article.id)
      .sort((a, b) => centreOf(segments, a) - centreOf(segments, b));
    const laid = layOutLane(article, own, {
      segments,
      top,
      isMultiLane: input.articles.length > 1,
    });
    lanes.push(laid.lane);
    cards.push(...laid.cards);
    marks.push(...laid.marks);
    top = laid.lane.baseline + 18;
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
