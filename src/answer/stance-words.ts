/** How a stance reads in an answer: its reason and its quote, without saying the same twice. */
import type { Inline } from "../model/answer.ts";
import type { Quote, Stance } from "../model/analysis.ts";
import { quoted, text } from "./build-answer.ts";

const QUOTED_PART = /“([^”]*)”/gu;
const ELLIPSIS_EDGES = /^[\s…]+|[\s…,.]+$/gu;

/** True when the reason is only a speech verb and a piece of the quote: `said “… a step”`. */
export function isReasonInQuote(reason: string, quote: Quote): boolean {
  const parts = [...reason.matchAll(QUOTED_PART)].map((m) =>
    (m[1] ?? "").replace(ELLIPSIS_EDGES, ""),
  );
  const outside = reason.replace(QUOTED_PART, " ").trim().split(/\s+/u).filter(Boolean);
  return (
    outside.length <= 1 &&
    parts.length > 0 &&
    parts.every((part) => part !== "" && quote.text.includes(part))
  );
}

/** True when the reason already holds the whole quote: `called the decision “a bribe”`. */
export function isQuoteInReason(reason: string, quote: Quote): boolean {
  const core = quote.text.replace(ELLIPSIS_EDGES, "");
  return core !== "" && reason.includes(core);
}

/** A long quote cut at a word near `max` characters, the cut marked with "…" (never silently). */
export function shortenQuote(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = value.lastIndexOf(" ", max);
  return `${value.slice(0, cut > max / 2 ? cut : max).replace(/[\s,;:]+$/u, "")} …`;
}

/** "— reason: “quote”", or just "“quote”" when the reason only repeats part of it. */
export function describeStanceWords(
  stance: Stance,
  quote: Quote | undefined,
  maxQuote = Infinity,
): Inline[] {
  if (!quote) return [text(stance.reason)];
  if (isQuoteInReason(stance.reason, quote)) return [text(stance.reason)];
  const words = quoted(shortenQuote(quote.text, maxQuote));
  return isReasonInQuote(stance.reason, quote) ? [words] : [text(`${stance.reason}: `), words];
}
