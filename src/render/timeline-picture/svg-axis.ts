/** The time axis (segments, ticks, the break, the shaded days around publication) and the legend. */
import { TONE_COLORS } from "../tone.ts";
import type { PictureLayout } from "./picture-card.ts";
import { PICTURE } from "./picture-card.ts";
import { INK, MUTED, hex, round, textAt } from "./svg-basics.ts";
import { estimateWidth } from "./text-fit.ts";
import type { AxisSegment } from "./time-axis.ts";

const LEGEND = [
  ["supports", true],
  ["opposes", true],
  ["mixed", true],
  ["neutral", true],
  ["no stance stated", false],
] as const;

function describeSegment(segment: AxisSegment): string {
  return { day: "in days", month: "in months", year: "in years", decade: "in decades" }[
    segment.unit
  ];
}

export function drawAxis(layout: PictureLayout): string {
  const { axisY, segments } = layout;
  const top = layout.lanes[0]?.top ?? axisY;
  const parts: string[] = [];
  if (segments.length > 1) {
    const detail = segments[segments.length - 1];
    if (detail !== undefined)
      parts.unshift(
        `<rect x="${round(detail.left - 8)}" y="${top}" width="${round(detail.right - detail.left + 16)}" height="${axisY - top}" fill="#f3f5fb"/>`,
      );
  }
  for (const segment of segments) {
    parts.push(
      `<line x1="${round(segment.left)}" y1="${axisY}" x2="${round(segment.right)}" y2="${axisY}" stroke="${INK}" stroke-width="1.5"/>`,
    );
    parts.push(
      textAt(
        (segment.left + segment.right) / 2,
        axisY + 40,
        describeSegment(segment),
        `font-size="11" fill="${MUTED}" text-anchor="middle"`,
      ),
    );
  }
  for (const [index, segment] of segments.slice(1).entries()) {
    const gapX = ((segments[index]?.right ?? segment.left) + segment.left) / 2;
    parts.push(
      `<path d="M${round(gapX - 7)} ${axisY + 6} l6 -12 M${round(gapX + 1)} ${axisY + 6} l6 -12" stroke="${INK}" stroke-width="1.5"/>`,
    );
  }
  for (const tick of layout.ticks) {
    parts.unshift(
      `<line x1="${round(tick.x)}" y1="${top}" x2="${round(tick.x)}" y2="${axisY}" stroke="#eceef1"/>`,
    );
    parts.push(
      `<line x1="${round(tick.x)}" y1="${axisY}" x2="${round(tick.x)}" y2="${axisY + 5}" stroke="${INK}"/>`,
    );
    if (tick.label !== "")
      parts.push(
        textAt(
          tick.labelX,
          axisY + 20,
          tick.label,
          `font-size="12" fill="${INK}" text-anchor="middle"${tick.isMajor ? ' font-weight="bold"' : ""}`,
        ),
      );
  }
  return parts.join("");
}

export function drawLegend(layout: PictureLayout): string {
  const parts: string[] = [];
  let x = layout.width - PICTURE.margin - 470;
  for (const [tone, isStated] of LEGEND) {
    const color = isStated ? hex(TONE_COLORS[tone]) : MUTED;
    parts.push(
      `<circle cx="${x + 5}" cy="54" r="5" fill="${isStated ? color : "#ffffff"}" stroke="${color}" stroke-width="1.5"/>`,
    );
    parts.push(textAt(x + 14, 58, tone, `font-size="12" fill="${INK}"`));
    x += 14 + estimateWidth(tone, 12) + 14;
  }
  return parts.join("");
}

/** The whole picture as an SVG document. */
