/** How many quotes each actor of an article speaks: saved per name so /quote counts unopened. */
import type { Analysis } from "../model/analysis.ts";

/** Quotes by speaker id; an actor never quoted is absent (read it as 0). */
export function countQuotesBySpeaker(analysis: Pick<Analysis, "quotes">): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { speakerId } of analysis.quotes) {
    if (speakerId !== null) counts.set(speakerId, (counts.get(speakerId) ?? 0) + 1);
  }
  return counts;
}
