/** Test helper: the words an answer shows between quotation marks, and whether an article holds them. */

const CURLY = /“([^“”\n]*)(”|$)/gmu;
/** The citation that ends a rendered line: "[article ¶9]" or "— Title ¶9". */
const LINE_CITATION = /\s(?:\[[^[\]]*¶\d+\]|—\s[^—]*¶\d+)\s*$/u;
const STRAIGHT = /"([^"\n]*)"/gu;
/** A single-quoted span, not an apostrophe: the marks sit at word edges ("‘a bribe’", not "don’t"). */
const SINGLE = /(?<![\p{L}\p{N}])‘([^‘’\n]*)’(?![\p{L}\p{N}])/gu;
const ELLIPSIS = /\s*(?:…|\.\.\.)\s*/u;
const EDGES = /^[\s.,;:!?…]+|[\s.,;:!?…]+$/gu;

/**
 * Every quoted span in a rendered text. A “ left open runs to the end of its line (its citation
 * left out), so a quote cut without its closing mark is checked too.
 */
export function findQuotedSpans(rendered: string): string[] {
  const spans: string[] = [];
  const rest = rendered.replace(CURLY, (match, inner: string, close: string) => {
    spans.push(close === "" ? inner.replace(LINE_CITATION, "") : inner);
    return " ".repeat(match.length);
  });
  for (const pattern of [STRAIGHT, SINGLE])
    for (const match of rest.matchAll(pattern)) spans.push(match[1] ?? "");
  return spans.filter((span) => span.replace(EDGES, "") !== "");
}

/** Quote marks, apostrophes and white space written one way, so that only the words count. */
export function normalizeForComparison(value: string): string {
  return value
    .replace(/[“”„‟"]/gu, '"')
    .replace(/[‘’‚‛']/gu, "'")
    .replace(/\s+/gu, " ");
}

/** True when every piece of the span (pieces are joined by an elision "…") is in the source. */
export function isVerbatimIn(span: string, source: string): boolean {
  const haystack = normalizeForComparison(source);
  return normalizeForComparison(span)
    .split(ELLIPSIS)
    .map((piece) => piece.replace(EDGES, ""))
    .filter((piece) => piece !== "")
    .every((piece) => haystack.includes(piece));
}
