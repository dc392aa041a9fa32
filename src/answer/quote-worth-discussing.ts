/** Picks one quote to start a discussion: a stance-bearing quote from a contested article. */
import type { Quote } from "../model/analysis.ts";
import type { Tone } from "../model/answer.ts";
import type { ArticleEntry } from "../knowledge-base/knowledge-base.ts";
import { ARTICLES_READ_MAX } from "./reading-limit.ts";

export interface QuotePick {
  readonly entry: ArticleEntry;
  readonly quote: Quote;
  readonly tone: Tone;
  readonly why: string;
}

/** Opposition first: a charge invites a response; then support, then the longest whole quote. */
const TONE_ORDER: readonly Tone[] = ["opposes", "mixed", "supports", "neutral"];

/** The stance's quotes in its order (strongest first), leaving out fragments. */
function wholeQuotes(entry: ArticleEntry, ids: readonly string[]): Quote[] {
  return ids.flatMap((id) => entry.analysis.quotes.filter((q) => q.id === id && !q.isFragment));
}

function pickFromStances(entry: ArticleEntry): QuotePick | undefined {
  for (const tone of TONE_ORDER) {
    for (const stance of entry.analysis.stances.filter((s) => s.stance === tone)) {
      const quote = wholeQuotes(entry, stance.quotes)[0];
      if (quote) {
        const why = `${stance.actor} ${tone === "opposes" ? "opposes" : "on"} the central action: ${stance.reason}`;
        return { entry, quote, tone, why };
      }
    }
  }
  return undefined;
}

/** From the first ARTICLES_READ_MAX articles of the scope: a large library is not read whole. */
export function pickQuoteWorthDiscussing(scope: readonly ArticleEntry[]): QuotePick | undefined {
  const read = scope.slice(0, ARTICLES_READ_MAX);
  for (const entry of read) {
    const pick = pickFromStances(entry);
    if (pick) return pick;
  }
  const whole = read.flatMap((entry) =>
    entry.analysis.quotes.filter((q) => !q.isFragment).map((quote) => ({ entry, quote })),
  );
  const longest = whole.sort((a, b) => b.quote.text.length - a.quote.text.length)[0];
  if (!longest) return undefined;
  return { ...longest, tone: "info", why: "The longest direct quotation in the articles." };
}
