/** The clause each date belongs to, cut from its sentence in one pass over the sentence. */
import type { Span } from "../../model/analysis.ts";
import type { TextSlice } from "../shared/sentences.ts";

// Clause breaks: a comma, semicolon or colon followed by a space (not "73,654"), or a dash.
const CLAUSE_BREAK = /[,;:]\s{1,4}|\s{1,4}[—–-]{1,2}\s{1,4}|—/g;
// A clause cut after the comma of ", and the bridge closed" starts at "the bridge".
const LEADING_CONJUNCTION = /^(?:and|but|or|then|while|whereas|so)\s{1,4}/;
// "Eritrea, Libya, Syria and Yemen": a comma between two capitalised words separates list items.
// Both tests look at a few characters only, so finding the breaks stays linear in the sentence.
const LIST_WORD_BEFORE = /\p{Lu}[\p{L}.’'-]{0,30}$/u;
const LIST_WORD_AFTER = /^\p{Lu}/u;
const WINDOW = 32;
const HAS_WORD = /[\p{L}\p{N}]/u;

interface ClauseBreak {
  /** Absolute offsets of the break's punctuation and spaces. */
  readonly from: number;
  readonly to: number;
}

/** Clause breaks of a sentence, leaving out commas inside lists of names; absolute offsets. */
function findBreaks(sentence: TextSlice): ClauseBreak[] {
  const [base] = sentence.span;
  const { text } = sentence;
  const breaks: ClauseBreak[] = [];
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    const end = match.index + match[0].length;
    const isListComma =
      match[0].startsWith(",") &&
      LIST_WORD_BEFORE.test(text.slice(Math.max(0, match.index - WINDOW), match.index)) &&
      LIST_WORD_AFTER.test(text.slice(end, end + 1));
    if (!isListComma) breaks.push({ from: base + match.index, to: base + end });
  }
  return breaks;
}

/**
 * The clause around each of `spans` (sorted, all inside `sentence`), in the same order. One
 * date keeps its whole sentence; with several, the sentence is cut at the last break before
 * each next date, and each clause ends at the first break after its date that follows words
 * of its own ("In 2022, deaths rose, twice …" keeps "In 2022, deaths rose").
 */
export function clausesAround(
  source: string,
  sentence: TextSlice,
  spans: readonly Span[],
): TextSlice[] {
  if (spans.length < 2) return spans.map(() => sentence);
  const breaks = findBreaks(sentence);
  const clauses: TextSlice[] = [];
  let start = sentence.span[0];
  let next = 0;
  for (let index = 0; index < spans.length; index += 1) {
    const span = spans[index] ?? [0, 0];
    const following = spans[index + 1];
    // The last break between this date and the next one ends this clause's stretch.
    while (next < breaks.length && (breaks[next]?.to ?? 0) <= span[1]) next += 1;
    let cut: ClauseBreak | undefined;
    let scan = next;
    while (following !== undefined && scan < breaks.length) {
      const candidate = breaks[scan];
      if (candidate === undefined || candidate.to > following[0]) break;
      cut = candidate;
      scan += 1;
    }
    const stretchEnd = cut?.from ?? sentence.span[1];
    const end = firstWordyBreak(source, breaks, next, span[1], stretchEnd) ?? stretchEnd;
    clauses.push(trimmed(source, start, end));
    if (cut !== undefined) {
      const conjunction = LEADING_CONJUNCTION.exec(source.slice(cut.to, cut.to + 12));
      start = cut.to + (conjunction?.[0].length ?? 0);
    }
    next = scan;
  }
  return clauses;
}

/** The first break after `position` and before `limit` with words between; else undefined. */
function firstWordyBreak(
  source: string,
  breaks: readonly ClauseBreak[],
  from: number,
  position: number,
  limit: number,
): number | undefined {
  for (let index = from; index < breaks.length; index += 1) {
    const found = breaks[index];
    if (found === undefined || found.from >= limit) return undefined;
    if (found.from < position) continue;
    if (HAS_WORD.test(source.slice(position, found.from))) return found.from;
  }
  return undefined;
}

function trimmed(source: string, start: number, end: number): TextSlice {
  const raw = source.slice(start, end);
  const from = start + (raw.length - raw.trimStart().length);
  const to = Math.max(from, end - (raw.length - raw.trimEnd().length));
  return { text: source.slice(from, to), span: [from, to] };
}
