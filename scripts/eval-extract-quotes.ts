/** Quotes: full gold quotes found, found with the right speaker, and spurious extracted quotes. */
import type { Analysis, Quote } from "../src/model/analysis.ts";
import type { Article } from "../src/model/article.ts";
import { actorMatches, count, formsOf, type Gold } from "./eval-extract-gold.ts";
import { foldSpace, quoteTokens, tokenF1, tokensOverlap } from "./eval-extract-match.ts";

// The words around a quote, where its attribution would be: "…Microsoft says on [q] …".
const CONTEXT_CHARACTERS = 60;

function describeQuote(quote: Quote | undefined, article: Article): string {
  if (quote === undefined) return "not found";
  const text = article.passages.find((passage) => passage.id === quote.passage)?.text ?? "";
  const before = foldSpace(
    text.slice(Math.max(0, quote.span[0] - CONTEXT_CHARACTERS), quote.span[0]),
  );
  const after = foldSpace(text.slice(quote.span[1], quote.span[1] + CONTEXT_CHARACTERS));
  const attribution = quote.attribution === null ? "" : `, attribution “${quote.attribution}”`;
  return `in ${quote.passage}, speaker ${quote.speaker ?? "null"}${attribution}; context …${before} [q] ${after}…`;
}

export function scoreQuotes(gold: Gold, article: Article, analysis: Analysis, misses: string[]) {
  const full = gold.quotes.filter((quote) => !quote.partial);
  const systemTokens = analysis.quotes.map((quote) => quoteTokens(quote.text));
  const used = new Set<number>();
  let found = 0;
  let attributed = 0;
  for (const goldQuote of full) {
    const tokens = quoteTokens(goldQuote.text);
    let best = -1;
    let bestF1 = 0.8;
    systemTokens.forEach((candidate, index) => {
      const f1 = tokenF1(candidate, tokens);
      if (!used.has(index) && f1 >= bestF1) [best, bestF1] = [index, f1];
    });
    const quote = analysis.quotes[best];
    const short = `“${goldQuote.text.slice(0, 70)}${goldQuote.text.length > 70 ? "…" : ""}”`;
    if (quote === undefined) {
      misses.push(`missed quote: ${short} (gold ${goldQuote.speaker}; not found)`);
      continue;
    }
    used.add(best);
    found += 1;
    const isRight =
      quote.speaker !== null &&
      actorMatches(formsOf(quote.speaker, analysis.actors), goldQuote.speaker, gold);
    if (isRight) attributed += 1;
    else
      misses.push(
        `wrong speaker: ${short} (gold ${goldQuote.speaker}; ${describeQuote(quote, article)})`,
      );
  }
  const goldTokens = gold.quotes.map((quote) => quoteTokens(quote.text));
  let spurious = 0;
  analysis.quotes.forEach((quote, index) => {
    const tokens = systemTokens[index] ?? [];
    if (tokens.length < 4 || goldTokens.some((g) => tokensOverlap(tokens, g))) return;
    spurious += 1;
    misses.push(`spurious quote: “${quote.text.slice(0, 70)}” (${describeQuote(quote, article)})`);
  });
  return { found: count(found, full.length), attributed: count(attributed, full.length), spurious };
}
