/** The quote pipeline: scanners find quotations, attribution rules name speakers, refiners fill gaps from context. */
import type { Actor, Quote } from "../../model/analysis.ts";
import type { ExtractContext } from "../context.ts";
import { attributeAccordingTo } from "./attribute-according-to.ts";
import { attributeLeadIn } from "./attribute-lead-in.ts";
import { attributeNameSaid } from "./attribute-name-said.ts";
import { attributePreviousPassage } from "./attribute-previous-passage.ts";
import { attributeReportedFragment } from "./attribute-reported-fragment.ts";
import { attributeSaidName } from "./attribute-said-name.ts";
import { attributeSourcePhrase } from "./attribute-source-phrase.ts";
import { attributeTitle } from "./attribute-title.ts";
import { attributed, type AttributionRule } from "./attribution-rule.ts";
import type { AttributedQuote, QuoteCandidate } from "./quote-candidate.ts";
import type { QuoteRefiner } from "./quote-refiner.ts";
import { buildQuoteScene, type QuoteScene, type SubjectEvent } from "./quote-scene.ts";
import {
  refineContinuationAcrossPassages,
  refineContinuationInPassage,
} from "./refine-continuations.ts";
import { refineBackwardContinuation } from "./refine-backward-continuation.ts";
import { refineStatementLead } from "./refine-statement-lead.ts";
import { refineWithinSentence } from "./refine-within-sentence.ts";
import { scanDoubleQuotes } from "./scan-double-quotes.ts";
import { scanSingleQuotes } from "./scan-single-quotes.ts";

/**
 * First match wins. Forms that follow the quote come before lead-ins, so that `"…," Mr. Miller said,
 * "…"` gives the first part its own attribution; the fragment rule is last because it applies to
 * any quote inside a sentence.
 */
export const ATTRIBUTION_RULES: readonly AttributionRule[] = [
  // First: a quote after a preposition is a title, whatever verb follows it.
  attributeTitle,
  attributeSaidName,
  attributeNameSaid,
  attributeAccordingTo,
  attributeSourcePhrase,
  attributeLeadIn,
  attributePreviousPassage,
  attributeReportedFragment,
];

/** Within a sentence first (cheapest evidence), then the passage, then the sentence before, then the paragraph before. */
export const QUOTE_REFINERS: readonly QuoteRefiner[] = [
  refineWithinSentence,
  refineContinuationInPassage,
  refineStatementLead,
  refineContinuationAcrossPassages,
  // Last: only quotations still without a speaker look ahead to the paragraph that closes them.
  refineBackwardContinuation,
];

function scanQuotations(context: ExtractContext): readonly QuoteCandidate[] {
  return context.article.passages.flatMap((passage, index) => {
    const passageContext = { ...context, passage };
    const doubles = scanDoubleQuotes(passageContext, index);
    const singles = scanSingleQuotes(passageContext, index, doubles);
    return [...doubles, ...singles].sort((a, b) => a.span[0] - b.span[0]);
  });
}

function groupByPassage(
  candidates: readonly QuoteCandidate[],
): ReadonlyMap<number, QuoteCandidate[]> {
  const groups = new Map<number, QuoteCandidate[]>();
  for (const quote of candidates) {
    const group = groups.get(quote.passageIndex) ?? [];
    group.push(quote);
    groups.set(quote.passageIndex, group);
  }
  return groups;
}

/** In reading order, so that a pronoun can point back to the speaker of an earlier quote. */
function attribute(
  scene: QuoteScene,
  candidates: readonly QuoteCandidate[],
): readonly AttributedQuote[] {
  const groups = groupByPassage(candidates);
  const speakers: SubjectEvent[] = [];
  const current: QuoteScene = { ...scene, speakers };
  return candidates.map((quote) => {
    const found = attributeOne(current, quote, groups.get(quote.passageIndex) ?? []);
    const { speakerId, span } = found.attribution;
    if (speakerId !== null)
      speakers.push({
        passageIndex: quote.passageIndex,
        offset: span?.[0] ?? quote.openMark,
        actorId: speakerId,
      });
    return found;
  });
}

function attributeOne(
  scene: QuoteScene,
  quote: QuoteCandidate,
  passageQuotes: readonly QuoteCandidate[],
): AttributedQuote {
  const isHeading = scene.article.passages[quote.passageIndex]?.kind === "heading";
  for (const rule of isHeading ? [] : ATTRIBUTION_RULES) {
    const found = rule.attribute(scene, quote, passageQuotes);
    if (found) return { ...quote, attribution: found };
  }
  const isFragment = quote.isSingle || isHeading;
  return { ...quote, attribution: attributed("none", null, null, null, isFragment) };
}

function toQuote(quote: AttributedQuote, index: number, scene: QuoteScene): Quote {
  const speaker =
    quote.attribution.speakerId === null
      ? undefined
      : scene.actorsById.get(quote.attribution.speakerId);
  const continues = quote.attribution.continues;
  // "…chemicals,” Mr. Miller said" and `called the decision “insulting.”`: the comma, and a fragment's
  // full stop, belong to the sentence around the quote, not to the quoted words.
  const isTrailing =
    /,$/u.test(quote.text) || (quote.attribution.isFragment && /[^.]\.$/u.test(quote.text));
  const text = isTrailing && quote.text.length > 1 ? quote.text.slice(0, -1) : quote.text;
  return {
    id: `q${index + 1}`,
    text,
    speaker: speaker?.name ?? null,
    speakerId: speaker?.id ?? null,
    passage: quote.passageId,
    span: [quote.span[0], quote.span[0] + text.length],
    attribution: quote.attribution.text,
    isFragment: quote.attribution.isFragment,
    continues: continues === null ? null : `q${continues + 1}`,
  };
}

/** Every quotation in the article, verbatim, with its speaker when the article says who. */
export function extractQuotes(context: ExtractContext, actors: readonly Actor[]): readonly Quote[] {
  const candidates = scanQuotations(context);
  const scene = buildQuoteScene(context.article, actors, candidates);
  let quotes = attribute(scene, candidates);
  for (const refine of QUOTE_REFINERS) quotes = refine(scene, quotes);
  context.trace(
    () =>
      `quotes: ${quotes.map((quote) => `${quote.passageId}:${quote.attribution.rule}`).join(", ")}`,
  );
  return quotes.map((quote, index) => toQuote(quote, index, scene));
}
