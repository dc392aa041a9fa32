/** The laid-out timeline as SVG text: lanes, cards, stems and marks over the axis. */
import { TONE_COLORS } from "../tone.ts";
import type { LaidOutCard, LaidOutLane, PictureLayout } from "./picture-card.ts";
import { PICTURE } from "./picture-card.ts";
import { drawAxis, drawLegend } from "./svg-axis.ts";
import { EVENT, FONT_FAMILY, INK, LINE, MUTED, hex, round, textAt } from "./svg-basics.ts";
import { estimateWidth } from "./text-fit.ts";

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
