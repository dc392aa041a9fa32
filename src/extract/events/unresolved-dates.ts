/** The warning for an article without a publication date: which dates were left out. */
import type { ExtractContext } from "../context.ts";
import { findDates } from "./find-dates.ts";

// Any real day will do: only whether an expression needs one is asked, not its value.
const PLACEHOLDER_REFERENCE = "2000-01-01";
const EXAMPLE_COUNT = 3;

/**
 * Without a publication date, relative dates ("on Thursday", "last year") are skipped by
 * extractEvents; this says so, with examples, so the curator can add the date. Empty otherwise.
 */
export function warnAboutUnresolvedDates(ctx: ExtractContext): readonly string[] {
  if (ctx.referenceDate !== null) return [];
  const skipped = ctx.article.passages
    .filter((passage) => passage.kind !== "heading")
    .flatMap((passage) => findDates(passage.text, { referenceDate: PLACEHOLDER_REFERENCE }))
    .filter((mention) => mention.resolution.method === "inferred");
  if (skipped.length === 0) return [];
  const examples = skipped.slice(0, EXAMPLE_COUNT).map((mention) => `“${mention.expression}”`);
  return [
    `no publication date: ${skipped.length} relative date(s) such as ${examples.join(", ")} were left out of the timeline`,
  ];
}
