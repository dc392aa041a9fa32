import { describe, expect, it } from "vitest";
import { createExtractContext } from "../../../src/extract/context.ts";
import { extractEvents } from "../../../src/extract/events/extract-events.ts";
import { buildArticle } from "./fixture-article.ts";

const SMALL = 50_000;
const LARGE = 500_000;
// Ten times the text may cost ten times the time, and a little more for noise and n log n;
// quadratic work would cost about a hundred times.
const MAX_RATIO = 20;
// Below this a run is mostly timer and collector noise; each quadratic shape found so far took
// hundreds of milliseconds at 50 KB already.
const NOISE_FLOOR_MS = 25;
const ATTEMPTS = 3;

/** Shapes that once cost super-linear time: each is one paragraph, the worst case for ¶ work. */
const ADVERSARIAL: ReadonlyArray<readonly [name: string, unit: string]> = [
  ["one sentence that lists dates", "the fairs opened on March 3, 2019, "],
  ["'on Monday' over and over", "on Monday "],
  [
    "one long paragraph of sentences with month names",
    "In March the council met. In May it voted. ",
  ],
  ["clause breaks between names and dates", "Smith, Jones, 2019, then on Monday, "],
  ["'today' inside and outside quotation marks", '"Today, " he said today, '],
  ["a date, then a long run of spaces", `June 5${" ".repeat(200)}x `],
  ["a counterfactual beside every date", "in 2019 it would have been fine, "],
];

function paragraphOf(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/**
 * CPU time in milliseconds, not wall time: on a shared machine other processes stretch wall
 * time at random, while the CPU this process spends grows only with its own work.
 */
function timeEvents(text: string): number {
  const context = createExtractContext(buildArticle("2024-03-08", [["paragraph", text]]));
  const start = process.cpuUsage();
  extractEvents(context, []);
  const spent = process.cpuUsage(start);
  return (spent.user + spent.system) / 1000;
}

describe("dated events take time linear in the paragraph's length", () => {
  it.each(ADVERSARIAL)("%s: 500 KB costs under 20 times 50 KB", (_name, unit) => {
    const small = paragraphOf(unit, SMALL);
    const large = paragraphOf(unit, LARGE);
    timeEvents(small);
    // Each size keeps its best time over the tries, and another try is made only while the
    // ratio looks too high: a pause on a shared machine can slow one run, not every run, while
    // quadratic work is slow on every try.
    let smallTime = Infinity;
    let largeTime = Infinity;
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      smallTime = Math.min(smallTime, timeEvents(small));
      largeTime = Math.min(largeTime, timeEvents(large));
      if (largeTime / Math.max(smallTime, NOISE_FLOOR_MS) < MAX_RATIO) break;
    }
    expect(largeTime / Math.max(smallTime, NOISE_FLOOR_MS)).toBeLessThan(MAX_RATIO);
  });
});
