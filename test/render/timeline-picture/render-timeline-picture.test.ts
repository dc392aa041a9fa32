import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { describeTimelinePicture } from "../../../src/render/timeline-picture/alt-text.ts";
import { layOutTimeline } from "../../../src/render/timeline-picture/layout.ts";
import { PICTURE } from "../../../src/render/timeline-picture/picture-card.ts";
import { collectPictureInput } from "../../../src/render/timeline-picture/picture-events.ts";
import type { TimelinePictureInput } from "../../../src/render/timeline-picture/picture-events.ts";
import { renderPng } from "../../../src/render/timeline-picture/png.ts";
import { renderTimelinePicture } from "../../../src/render/timeline-picture/render-timeline-picture.ts";
import { escapeXml } from "../../../src/render/timeline-picture/svg-basics.ts";
import { renderTimelineSvg } from "../../../src/render/timeline-picture/svg.ts";
import { buildSeedTimeline, readPngSize } from "./seed-timeline.ts";

const seed = buildSeedTimeline();
const seedInput = collectPictureInput(seed.answer, seed.entries);
const seedLayout = layOutTimeline(seedInput);
const seedSvg = renderTimelineSvg(seedLayout);
const CARD = PICTURE.cardWidth;

function hostileInput(title: string, label: string): TimelinePictureInput {
  const events = [
    {
      date: "2024-03-05",
      precision: "day",
      passageNumber: 2,
      people: [{ name: title, stance: "opposes" }],
    },
    { date: "2021", precision: "year", passageNumber: 7, people: [] },
  ] as const;
  return {
    title,
    articles: [{ id: "hostile", title, published: "2024-03-08" }],
    events: events.map((event) => ({ ...event, articleId: "hostile", label, text: label })),
  };
}

describe("the timeline picture of the seed article", () => {
  it("draws every event of the answer, each with its ¶ and its label", () => {
    const items = seed.answer.sections.flatMap((section) => section.items);
    expect(seedInput.events).toHaveLength(items.length);
    expect(seedLayout.cards).toHaveLength(items.length);
    for (const event of seedInput.events) expect(seedSvg).toContain(`>¶${event.passageNumber}<`);
    for (const card of seedLayout.cards) {
      for (const line of card.labelLines) expect(seedSvg).toContain(`>${escapeXml(line)}<`);
    }
  });

  it("labels the Wednesday meeting, the Thursday removal and the 2020 listing readably", () => {
    const byPassage = new Map(seedLayout.cards.map((card) => [card.passage, card]));
    const label = (passage: string) => byPassage.get(passage)?.labelLines.join(" ");
    expect(byPassage.get("¶4")?.date).toBe("Wed 15 Nov 2023");
    expect(label("¶4")).toMatch(/^President Joe Biden met with CCP leader Xi Jinping/);
    expect(byPassage.get("¶2")?.date).toBe("Thu 16 Nov 2023");
    expect(label("¶2")).toMatch(/^The Biden administration removed a Chinese forensic/);
    expect(byPassage.get("¶3")?.date).toBe("2020");
    expect(label("¶3")).toMatch(/^Bureau of Industry and Security added IFS to its Entity List/);
  });

  it("splits the axis into the background years and the days around publication", () => {
    expect(seedLayout.segments.map((segment) => segment.unit)).toEqual(["year", "day"]);
    expect(seedLayout.lanes[0]?.publication?.label).toBe("published Fri 17 Nov 2023");
    const labels = seedLayout.ticks.map((tick) => tick.label);
    expect(labels).toEqual(expect.arrayContaining(["2020", "Wed 15", "Thu 16"]));
  });

  it("draws a year as a span and a day as a point", () => {
    const points = seedLayout.marks.filter((mark) => mark.isPoint);
    const spans = seedLayout.marks.filter((mark) => !mark.isPoint);
    const years = seedInput.events.filter((event) => event.precision === "year");
    expect(spans).toHaveLength(years.length);
    expect(points).toHaveLength(seedInput.events.length - years.length);
    for (const span of spans) expect(span.x2 - span.x1).toBeGreaterThan(20);
  });

  it("stacks crowded dates so no two cards overlap, all inside the picture", () => {
    const cards = seedLayout.cards;
    for (const [index, a] of cards.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.x + CARD).toBeLessThanOrEqual(seedLayout.width);
      expect(a.y).toBeGreaterThan(0);
      for (const b of cards.slice(index + 1)) {
        const isApart =
          a.x + CARD <= b.x || b.x + CARD <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(isApart).toBe(true);
      }
    }
  });

  it("renders a PNG of the stated size, under 1 MB, with an alt text naming the events", () => {
    const picture = renderTimelinePicture(seed.answer, seed.entries);
    if (picture === null) throw new Error("the seed has dated events");
    expect(readPngSize(picture.png)).toEqual({ width: picture.width, height: picture.height });
    expect(picture.width).toBe(Math.round(seedLayout.width * 1.5));
    expect(picture.png.length).toBeLessThan(1_000_000);
    expect([...picture.description].length).toBeLessThanOrEqual(1_024);
    expect(picture.description).toContain("2020, ¶3: Bureau of Industry and Security added IFS");
    expect(picture.description).toContain("Wed 15 Nov 2023, ¶4: President Joe Biden met");
  });
});

describe("hostile article strings in the picture", () => {
  const markup = `</text></svg><script>alert("x")</script>&amp; <!-- ' -->`;
  const cases: [string, string, string][] = [
    ["markup", markup, markup],
    ["500 characters", "Headline ".repeat(56).slice(0, 500), "word".repeat(125)],
    ["right-to-left text", "שלום עולם — مرحبا بالعالم", "قال الوزير يوم الثلاثاء إن القرار نهائي"],
    [
      "control characters, lone surrogates, bidi overrides",
      "a\u0000b\u0007c\ud800d\u202eevil",
      "x\u001by\udc00z\u2066",
    ],
  ];

  it.each(cases)("%s keep the SVG well formed and render to PNG", (_name, title, label) => {
    const input = hostileInput(title, label);
    const svg = renderTimelineSvg(layOutTimeline(input));
    expect(svg).not.toContain("<script");
    expect(svg.match(/<svg /g)).toHaveLength(1);
    expect(svg.indexOf("</svg>")).toBe(svg.length - "</svg>".length);
    // resvg's XML parser refuses a malformed document.
    expect(() => new Resvg(svg, { font: { loadSystemFonts: false } })).not.toThrow();
    const { png, width, height } = renderPng(svg);
    expect(readPngSize(png)).toEqual({ width, height });
    expect([...describeTimelinePicture(input)].length).toBeLessThanOrEqual(1_024);
  });

  it("cuts a 500-character title to the picture's width", () => {
    const layout = layOutTimeline(hostileInput("T".repeat(500), "label"));
    expect(layout.title.endsWith("…")).toBe(true);
    expect([...layout.title].length).toBeLessThan(100);
  });
});
