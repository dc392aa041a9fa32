/** Cuts a window of a passage around its matches and marks the matching words. */
import type { Inline } from "../model/answer.ts";
import type { Span } from "../model/analysis.ts";
import { text } from "./build-answer.ts";

/** Long enough to read the match in context, short enough for several results per message. */
const EXCERPT_LENGTH = 360;
const LEAD_IN = 100;

function wordStart(value: string, index: number): number {
  if (index <= 0) return 0;
  const space = value.lastIndexOf(" ", index);
  return space < 0 ? 0 : space + 1;
}

function wordEnd(value: string, index: number): number {
  if (index >= value.length) return value.length;
  const space = value.indexOf(" ", index);
  return space < 0 ? value.length : space;
}

/** The window [start, end) of `value` to show, on word boundaries, around the first match. */
export function chooseWindow(value: string, spans: readonly Span[]): Span {
  if (value.length <= EXCERPT_LENGTH) return [0, value.length];
  const first = spans[0]?.[0] ?? 0;
  const start = wordStart(value, Math.max(0, first - LEAD_IN));
  return [start, wordEnd(value, Math.min(value.length, start + EXCERPT_LENGTH))];
}

/** Inline runs for the excerpt: plain text, highlighted matches, and "…" where text was left out. */
export function buildExcerpt(value: string, spans: readonly Span[]): Inline[] {
  const [start, end] = chooseWindow(value, spans);
  const runs: Inline[] = [];
  if (start > 0) runs.push(text("… "));
  let cursor = start;
  for (const [from, to] of spans) {
    if (from < cursor || to > end) continue;
    if (from > cursor) runs.push(text(value.slice(cursor, from)));
    runs.push(text(value.slice(from, to), "highlight"));
    cursor = to;
  }
  if (cursor < end) runs.push(text(value.slice(cursor, end)));
  if (end < value.length) runs.push(text(" …"));
  return runs;
}
