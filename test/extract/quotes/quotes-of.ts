/** Runs actor and quote extraction on fixture paragraphs; checks every quote's span is verbatim. */
import { expect } from "vitest";
import { extractActors } from "../../../src/extract/actors/extract-actors.ts";
import { createExtractContext } from "../../../src/extract/context.ts";
import { extractQuotes } from "../../../src/extract/quotes/extract-quotes.ts";
import type { Actor, Quote } from "../../../src/model/analysis.ts";
import { buildFixtureArticle } from "../fixture-article.ts";

export function extractFrom(paragraphs: readonly string[]): {
  readonly actors: readonly Actor[];
  readonly quotes: readonly Quote[];
  readonly trace: string;
} {
  const article = buildFixtureArticle(paragraphs.join("\n\n"));
  const lines: string[] = [];
  const context = createExtractContext(article, (message) => lines.push(message()));
  const actors = extractActors(context);
  const quotes = extractQuotes(context, actors);
  for (const quote of quotes) {
    const passage = article.passages.find((item) => item.id === quote.passage);
    expect(passage?.text.slice(quote.span[0], quote.span[1])).toBe(quote.text);
  }
  return { actors, quotes, trace: lines.join("\n") };
}

/** [passage, first words of the quote, speaker] per quote, for compact tables. */
export function speakersOf(paragraphs: readonly string[]): {
  readonly rows: readonly (readonly [string, string, string | null])[];
  readonly trace: string;
} {
  const { quotes, trace } = extractFrom(paragraphs);
  return {
    rows: quotes.map((quote) => [quote.passage, quote.text.slice(0, 24), quote.speaker] as const),
    trace,
  };
}
