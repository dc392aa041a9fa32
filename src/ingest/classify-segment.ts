/** One kept segment → a passage kind: caption, heading or paragraph. */
import type { PassageKind } from "../model/article.ts";
import { isCaption, isHeading } from "./line-patterns.ts";
import type { Segment } from "./text-segments.ts";

/** A passage before numbering: its kind and verbatim text. */
export interface PageBlock {
  readonly kind: PassageKind;
  readonly text: string;
}

/** Markdown's own markup decides first; otherwise the shape of the line does. */
export function classifySegment(segment: Segment): PageBlock {
  if (segment.hint === "heading") return { kind: "heading", text: segment.text };
  if (segment.hint === "image" || isCaption(segment.text))
    return { kind: "caption", text: segment.text };
  return { kind: isHeading(segment.text) ? "heading" : "paragraph", text: segment.text };
}

/** Case-insensitive equality, for repeated titles and names printed twice. */
export function isSameText(left: string, right: string): boolean {
  return left.length === right.length && left.toLowerCase() === right.toLowerCase();
}
