/** The pieces the timeline picture is laid out in, its sizes, and the text of one card. */
import type { Tone } from "../../model/answer.ts";
import type { PictureEvent } from "./picture-events.ts";
import { UNSTATED_TONE } from "./picture-events.ts";
import type { AxisSegment, AxisTick } from "./time-axis.ts";
import { estimateWidth, fitLine, wrapText } from "./text-fit.ts";

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

const CONTENT_WIDTH = PICTURE.cardWidth - 2 * PICTURE.cardPadding;

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

/** A card's text, and its height: short labels and no people make a shorter card. */
export function buildCardText(event: PictureEvent) {
  const labelLines = wrapText(event.label, CONTENT_WIDTH, PICTURE.labelSize, PICTURE.labelLines);
  const { people, hidden } = layOutPeople(event);
  const lines = 1 + labelLines.length + (people.length > 0 ? 1 : 0);
  const height = PICTURE.cardPadding * 2 + PICTURE.lineHeight * lines + 4;
  return { labelLines, people, hidden, height };
}
