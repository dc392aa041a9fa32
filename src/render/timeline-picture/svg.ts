/**
 * The laid-out timeline as SVG text. Every string from an article goes through `escapeXml`, which
 * also drops what XML 1.0 forbids (control characters, lone surrogates) and bidi overrides, so a
 * hostile title can neither break the document nor reorder the text around it.
 */
import { TONE_COLORS } from "../tone.ts";
import type { LaidOutCard, LaidOutLane, PictureLayout } from "./layout.ts";
import { PICTURE } from "./layout.ts";
import { estimateWidth } from "./text-fit.ts";
import type { AxisSegment } from "./time-axis.ts";

export const FONT_FAMILY = "DejaVu Sans";
const INK = "#2e3338";
const MUTED = "#5c6370";
const LINE = "#c9cdd3";
const EVENT = hex(TONE_COLORS.info);
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- these are the characters XML 1.0 forbids.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const LEGEND = [
  ["supports", true],
  ["opposes", true],
  ["mixed", true],
  ["neutral", true],
  ["no stance stated", false],
] as const;

function hex(color: number): string {
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

const round = (value: number) => Math.round(value * 10) / 10;

function textAt(x: number, y: number, text: string, style: string): string {
  return `<text x="${round(x)}" y="${round(y)}" ${style}>${escapeXml(text)}</text>`;
}

function drawCard(card: LaidOutCard): string {
  const { x, y, height, stemX } = card;
  const { cardWidth: width, cardPadding: pad, lineHeight } = PICTURE;
  const accentX = stemX <= x + 1 ? x : x + width - 3;
  const parts = [
    `<rect x="${round(x)}" y="${round(y)}" width="${width}" height="${height}" rx="6" fill="#ffffff" stroke="${LINE}"/>`,
    `<rect x="${round(accentX)}" y="${round(y)}" width="3" height="${height}" fill="${EVENT}"/>`,
    textAt(
      x + pad + 2,
      y + pad + 12,
      card.date,
      `font-size="${PICTURE.dateSize}" font-weight="bold" fill="${INK}"`,
    ),
    textAt(
      x + width - pad,
      y + pad + 12,
      card.passage,
      `font-size="${PICTURE.dateSize}" font-weight="bold" fill="${EVENT}" text-anchor="end"`,
    ),
  ];
  card.labelLines.forEach((line, index) => {
    parts.push(
      textAt(
        x + pad + 2,
        y + pad + 12 + (index + 1) * lineHeight,
        line,
        `font-size="${PICTURE.labelSize}" fill="${INK}"`,
      ),
    );
  });
  let personX = x + pad + 2;
  const personY = y + height - pad - 4;
  for (const person of card.people) {
    const color = hex(TONE_COLORS[person.tone]);
    const fill = person.isStated ? color : "#ffffff";
    parts.push(
      `<circle cx="${round(personX + 5)}" cy="${round(personY - 4)}" r="5" fill="${fill}" stroke="${person.isStated ? color : MUTED}" stroke-width="1.5"/>`,
    );
    parts.push(
      textAt(personX + 14, personY, person.name, `font-size="${PICTURE.peopleSize}" fill="${INK}"`),
    );
    personX += 14 + estimateWidth(person.name, PICTURE.peopleSize) + 10;
  }
  if (card.hiddenPeople > 0)
    parts.push(
      textAt(
        x + width - pad,
        personY,
        `+${card.hiddenPeople}`,
        `font-size="${PICTURE.peopleSize}" fill="${MUTED}" text-anchor="end"`,
      ),
    );
  return parts.join("");
}

function drawLane(lane: LaidOutLane, width: number): string {
  const parts: string[] = [];
  if (lane.title !== "") {
    parts.push(
      `<line x1="${PICTURE.margin}" y1="${lane.top}" x2="${width - PICTURE.margin}" y2="${lane.top}" stroke="${LINE}"/>`,
    );
    parts.push(
      textAt(
        PICTURE.margin,
        lane.top + 17,
        lane.title,
        `font-size="14" font-weight="bold" fill="${INK}"`,
      ),
    );
  }
  parts.push(
    `<line x1="${PICTURE.margin}" y1="${lane.baseline}" x2="${width - PICTURE.margin}" y2="${lane.baseline}" stroke="${LINE}" stroke-width="2"/>`,
  );
  if (lane.publication !== null) {
    const { x, label } = lane.publication;
    parts.push(
      `<line x1="${round(x)}" y1="${lane.top + 4}" x2="${round(x)}" y2="${lane.baseline + 10}" stroke="${INK}" stroke-width="2" stroke-dasharray="6 4"/>`,
    );
    parts.push(
      textAt(x - 5, lane.top + 14, label, `font-size="12" fill="${INK}" text-anchor="end"`),
    );
  }
  return parts.join("");
}

function describeSegment(segment: AxisSegment): string {
  return { day: "in days", month: "in months", year: "in years", decade: "in decades" }[
    segment.unit
  ];
}

function drawAxis(layout: PictureLayout): string {
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

function drawLegend(layout: PictureLayout): string {
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
export function renderTimelineSvg(layout: PictureLayout): string {
  const { width, height } = layout;
  const body = [
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    textAt(
      PICTURE.margin,
      34,
      layout.title,
      `font-size="${PICTURE.titleSize}" font-weight="bold" fill="${INK}"`,
    ),
    textAt(PICTURE.margin, 58, layout.subtitle, `font-size="13" fill="${MUTED}"`),
    drawLegend(layout),
    drawAxis(layout),
    ...layout.lanes.map((lane) => drawLane(lane, width)),
    // Stems first: a card hides the part of a stem that passes behind it, never its own text.
    ...layout.cards.map(
      (card) =>
        `<line x1="${round(card.stemX)}" y1="${round(card.y)}" x2="${round(card.stemX)}" y2="${round(card.stemBottom)}" stroke="${EVENT}" stroke-width="1.5"/>`,
    ),
    ...layout.marks.map((mark) =>
      mark.isPoint
        ? `<circle cx="${round(mark.x1)}" cy="${mark.y}" r="6" fill="${EVENT}" stroke="#ffffff" stroke-width="2"/>`
        : `<rect x="${round(mark.x1)}" y="${mark.y - 6}" width="${round(Math.max(4, mark.x2 - mark.x1))}" height="12" rx="6" fill="${EVENT}" fill-opacity="0.35" stroke="${EVENT}"/>`,
    ),
    ...layout.cards.map(drawCard),
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">${body.join("")}</svg>`;
}
