/**
 * Hostile article texts of any size (issue 13 #3): each repeats one pattern that made extraction
 * super-linear, until the text reaches the size asked for. Deterministic (a seeded generator), so
 * a ratio measured between 50 KB and 500 KB compares the same shape at two sizes.
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from "../../src/ingest/calendar.ts";

/** Title and dateline every hostile article starts with, so dates can be resolved. */
const HEADER = "Hostile Article\nMarch 8, 2024\n\n";
const MONTHS = MONTH_NAMES;
/** Monday to Friday. */
const DAYS = WEEKDAY_NAMES.slice(1, 6);
const SYLLABLES = ["ka", "lo", "mi", "ren", "sa", "tu", "vel", "dor", "an", "bri", "cos", "ed"];

import { createRandom } from "../../scripts/bench-random.ts";

/** A distinct capitalised made-up name for each i, so no two people share one. */
function nameFor(i: number): string {
  let rest = i;
  let word = "";
  do {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function repeatTo(bytes: number, piece: (i: number) => string, joiner = ""): string {
  const parts: string[] = [];
  let length = HEADER.length;
  for (let i = 0; length < bytes; i++) {
    const part = piece(i);
    parts.push(part);
    length += part.length + joiner.length;
  }
  return HEADER + parts.join(joiner) + "\n";
}

export interface HostileCase {
  readonly name: string;
  /** The article text, about `bytes` long (ASCII, so characters are bytes). */
  readonly make: (bytes: number) => string;
}

export const HOSTILE_CASES: readonly HostileCase[] = [
  {
    name: "one-sentence-of-dates",
    make: (bytes) =>
      repeatTo(bytes, (i) => `${MONTHS[i % 12]} ${(i % 28) + 1}, ${2000 + (i % 24)}, `).replace(
        /, \n$/,
        " were the hearing dates.\n",
      ),
  },
  { name: "dots-without-space", make: (bytes) => repeatTo(bytes, (i) => (i === 0 ? "Word" : ".")) },
  {
    name: "people-one-per-paragraph",
    make: (bytes) =>
      repeatTo(bytes, (i) => `${nameFor(i)} ${nameFor(i + 7)} said the plan works.`, "\n\n"),
  },
  {
    name: "quotes-in-one-paragraph",
    make: (bytes) =>
      repeatTo(bytes, (i) => `“We act now on item ${i},” said ${nameFor(i % 50)} Lopez. `),
  },
  { name: "mr-repeated", make: (bytes) => repeatTo(bytes, () => "Mr. ") },
  { name: "on-monday-repeated", make: (bytes) => repeatTo(bytes, () => "on Monday ") },
  {
    name: "nested-quote-marks",
    make: (bytes) =>
      repeatTo(bytes, (i) => ["“A ‘b “c ", "« d ‹ e ", "\"f 'g ", "” ’ » › \" ' "][i % 4] ?? ""),
  },
  {
    name: "capitalised-run",
    make: (bytes) => repeatTo(bytes, (i) => `${nameFor(i * 31 + 5)} `),
  },
  {
    name: "long-paragraph-with-months",
    make: (bytes) =>
      repeatTo(
        bytes,
        (i) =>
          `The council met again in ${MONTHS[i % 12]} and on ${DAYS[i % 5]} it said the budget would grow. `,
      ),
  },
  {
    name: "random-text",
    make: (bytes) => {
      const random = createRandom(13);
      const pieces = ["said", "the", "Mr.", "“", "”", ".", ",", "on", "Monday", "in", "May", "'"];
      return repeatTo(bytes, () => {
        const roll = random();
        if (roll < 0.3) return `${nameFor(Math.floor(random() * 500))} `;
        if (roll < 0.35) return "\n\n";
        return `${pieces[Math.floor(random() * pieces.length)] ?? ""} `;
      });
    },
  },
];
