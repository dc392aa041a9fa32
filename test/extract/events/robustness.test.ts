import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseIsoDay } from "../../../src/ingest/calendar.ts";
import { findDates } from "../../../src/extract/events/find-dates.ts";
import { splitSentences } from "../../../src/extract/shared/sentences.ts";

// Strings built from date-like pieces reach the extractors' edge cases faster than random text.
const PIECES = [
  "on",
  "Nov.",
  "16",
  ",",
  "2023",
  "Thursday",
  "last",
  "next",
  "week",
  "ago",
  "two",
  "years",
  "the same day",
  "$",
  "%",
  "7/8/07",
  "'82",
  "May",
  "in",
  "Mr.",
  "U.S.",
  ".",
  "“",
  "”",
  " ",
  "\n",
];
const datelikeText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 30 })
  .map((parts) => parts.join(" "));
const reference = fc.constantFrom("2023-11-17", "2024-02-29", "2000-01-01", null, "not a date");

describe("date finding on arbitrary text", () => {
  it("never throws, and every expression is a verbatim slice with a well-formed date", () => {
    fc.assert(
      fc.property(datelikeText, reference, (text, referenceDate) => {
        for (const mention of findDates(text, { referenceDate })) {
          expect(text.slice(mention.span[0], mention.span[1])).toBe(mention.expression);
          expect(mention.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
          if (mention.precision === "day") expect(parseIsoDay(mention.date)).not.toBeNull();
        }
      }),
      { numRuns: 300 },
    );
  });

  it("splits sentences into verbatim, ordered, non-overlapping slices", () => {
    fc.assert(
      fc.property(datelikeText, (text) => {
        let previousEnd = 0;
        for (const sentence of splitSentences(text)) {
          expect(text.slice(sentence.span[0], sentence.span[1])).toBe(sentence.text);
          expect(sentence.span[0]).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = sentence.span[1];
        }
      }),
      { numRuns: 300 },
    );
  });
});
