import { describe, expect, it } from "vitest";
import { extractActors } from "../../../src/extract/actors/extract-actors.ts";
import { createExtractContext } from "../../../src/extract/context.ts";
import { extractQuotes } from "../../../src/extract/quotes/extract-quotes.ts";
import type { Quote } from "../../../src/model/analysis.ts";
import { buildFixtureArticle } from "../fixture-article.ts";
import { ATTRIBUTION_CASES, type Expected } from "./attribution-cases.ts";

function quotesOf(paragraphs: readonly string[]): {
  readonly quotes: readonly Quote[];
  readonly trace: readonly string[];
} {
  const article = buildFixtureArticle(paragraphs.join("\n\n"));
  const trace: string[] = [];
  const context = createExtractContext(article, (message) => trace.push(message()));
  const quotes = extractQuotes(context, extractActors(context));
  for (const quote of quotes) {
    const passage = article.passages.find((item) => item.id === quote.passage);
    expect(passage?.text.slice(quote.span[0], quote.span[1])).toBe(quote.text);
  }
  return { quotes, trace };
}

function summarize(quotes: readonly Quote[]): readonly Expected[] {
  return quotes.map((quote) => [
    quote.passage,
    quote.text,
    quote.speaker,
    quote.isFragment,
    quote.continues,
  ]);
}

const MILLER_LEAD = "State Department spokesperson Matt Miller spoke on Thursday.";

describe("quote attribution", () => {
  it.each(ATTRIBUTION_CASES)("$form", ({ paragraphs, expected }) => {
    const { quotes, trace } = quotesOf(paragraphs);
    expect(summarize(quotes), trace.join("\n")).toEqual(expected);
  });

  it("gives no speaker to a quote the article does not attribute", () => {
    const { quotes } = quotesOf([
      'A leaked letter seen by Sky News says "failure to return it may result in withdrawal".',
    ]);
    expect(summarize(quotes)).toEqual([
      ["p1", "failure to return it may result in withdrawal", null, true, null],
    ]);
  });

  const unattributed = [
    "When asked whether the plan would “raise costs,” Mr. Miller said no.",
    "The document, which reports say runs to 32 pages, “must be completed in English”.",
    "Officials will scrap the interview step to “streamline” processing, Mr. Miller noted.",
    "“It was a good day.” Then Mr. Miller left the room and closed the door behind him.",
    "“Nothing to add,” the statement ended.",
  ];
  it.each(unattributed)("attributes nothing in “%s”", (text) => {
    const { quotes, trace } = quotesOf([MILLER_LEAD, text]);
    expect(
      quotes.map((quote) => [quote.passage, quote.speaker]),
      trace.join("\n"),
    ).toEqual([["p2", null]]);
  });

  it("does not let a quote that never closes swallow the next paragraphs", () => {
    const { quotes } = quotesOf([
      'He said, "this never closes',
      "A plain paragraph follows.",
      "Another one.",
    ]);
    expect(summarize(quotes)).toEqual([["p1", "this never closes", null, false, null]]);
  });

  it("stays fast on an adversarial paragraph", () => {
    const started = performance.now();
    quotesOf([
      `"${"Mr. Said, ".repeat(5_000)}`,
      `${"said X “a” ".repeat(3_000)}`,
      `${", said ".repeat(10_000)}`,
    ]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
