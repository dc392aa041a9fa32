/**
 * The /timeline picture: answer + analyses → PNG with its alt text, ready to attach. Pure apart
 * from resvg's rendering; nothing is read from disk but the font.
 */
import type { Answer } from "../../model/answer.ts";
import { describeTimelinePicture } from "./alt-text.ts";
import { layOutTimeline } from "./layout.ts";
import { collectPictureInput } from "./picture-events.ts";
import type { AnalyzedArticle } from "./picture-events.ts";
import { renderPng } from "./png.ts";
import { renderTimelineSvg } from "./svg.ts";

export interface TimelinePicture {
  readonly fileName: string;
  readonly png: Buffer;
  readonly width: number;
  readonly height: number;
  /** The attachment's alt text. */
  readonly description: string;
  readonly svg: string;
}

/** Null when the answer has no event to draw (then the text answer stands alone). */
export function renderTimelinePicture(
  answer: Answer,
  entries: readonly AnalyzedArticle[],
): TimelinePicture | null {
  const input = collectPictureInput(answer, entries);
  if (input.events.length === 0) return null;
  const svg = renderTimelineSvg(layOutTimeline(input));
  const { png, width, height } = renderPng(svg);
  return {
    fileName: "timeline.png",
    png,
    width,
    height,
    description: describeTimelinePicture(input),
    svg,
  };
}
