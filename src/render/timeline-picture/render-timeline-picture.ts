/**
 * The /timeline picture: answer + analyses → PNG with its alt text, ready to attach. Pure apart
 * from resvg's rendering; nothing is read from disk but the font.
 */
import type { RESTPatchAPIWebhookWithTokenMessageJSONBody } from "discord-api-types/v10";
import type { Answer } from "../../model/answer.ts";
import { describeTimelinePicture } from "./alt-text.ts";
import { layOutTimeline } from "./layout.ts";
import { collectPictureInput } from "./picture-events.ts";
import type { AnalyzedArticle } from "./picture-events.ts";
import { renderPng, renderPngAsync, type RenderedPng } from "./png.ts";
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

function drawTimeline(answer: Answer, entries: readonly AnalyzedArticle[]) {
  const input = collectPictureInput(answer, entries);
  if (input.events.length === 0) return null;
  return {
    svg: renderTimelineSvg(layOutTimeline(input)),
    description: describeTimelinePicture(input),
  };
}

function toPicture(
  drawn: { svg: string; description: string },
  rendered: RenderedPng,
): TimelinePicture {
  return { fileName: "timeline.png", ...rendered, description: drawn.description, svg: drawn.svg };
}

/** Null when the answer has no event to draw (then the text answer stands alone). */
export function renderTimelinePicture(
  answer: Answer,
  entries: readonly AnalyzedArticle[],
): TimelinePicture | null {
  const drawn = drawTimeline(answer, entries);
  return drawn === null ? null : toPicture(drawn, renderPng(drawn.svg));
}

/** The same, with the PNG rendered off the event loop (what the bot uses). */
export async function renderTimelinePictureAsync(
  answer: Answer,
  entries: readonly AnalyzedArticle[],
): Promise<TimelinePicture | null> {
  const drawn = drawTimeline(answer, entries);
  return drawn === null ? null : toPicture(drawn, await renderPngAsync(drawn.svg));
}

/** The edit that attaches the picture: `attachments[0]` names `files[0]` and carries the alt text. */
export function renderPictureAttachment(picture: TimelinePicture): {
  body: RESTPatchAPIWebhookWithTokenMessageJSONBody;
  file: { name: string; data: Buffer; contentType: string };
} {
  return {
    body: {
      attachments: [{ id: 0, filename: picture.fileName, description: picture.description }],
    },
    file: { name: picture.fileName, data: picture.png, contentType: "image/png" },
  };
}
