/**
 * What every part of the SVG shares: the font, the colours, and `escapeXml`, which also drops
 * what XML 1.0 forbids (control characters, lone surrogates) and bidi overrides, so a hostile
 * title can neither break the document nor reorder the text around it.
 */
import { TONE_COLORS } from "../tone.ts";

export const FONT_FAMILY = "DejaVu Sans";
export const INK = "#2e3338";
export const MUTED = "#5c6370";
export const LINE = "#c9cdd3";
export const EVENT = hex(TONE_COLORS.info);
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- these are the characters XML 1.0 forbids.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function hex(color: number): string {
  return `#${color.toString(16).padStart(6, "0")}`;
}

/** Escapes text for an SVG text node or attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export const round = (value: number) => Math.round(value * 10) / 10;

export function textAt(x: number, y: number, text: string, style: string): string {
  return `<text x="${round(x)}" y="${round(y)}" ${style}>${escapeXml(text)}</text>`;
}
