/** Sentence and clause splitting with verbatim spans, robust to abbreviations and quotes. */
import { MONTH_ABBREVIATIONS } from "../../ingest/calendar.ts";
import type { Span } from "../../model/analysis.ts";

export interface TextSlice {
  /** Verbatim: `source.slice(span[0], span[1]) === text`. */
  readonly text: string;
  readonly span: Span;
}

// A sentence ends at . ! or ?, then any closing quotes or brackets, then whitespace.
const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s+|$)/g;
// Words whose period never ends a sentence: titles, and months or states before a number/name.
const TITLE_ABBREVIATIONS = new Set(
  "Mr Mrs Ms Dr Prof Sr Jr St Gen Lt Col Capt Sgt Maj Adm Cmdr Gov Sen Rep Rev Hon Pres Supt Insp Det Fr Mt vs".split(
    " ",
  ),
);
const DATE_AND_PLACE_ABBREVIATIONS = new Set([
  ...MONTH_ABBREVIATIONS,
  ..."Calif Ariz Ala Ark Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo No Nos Vol Fig approx est".split(
    " ",
  ),
]);
// After "U.S." or "Inc." a sentence ends only when an ordinary sentence opener follows.
const SENTENCE_OPENER =
  /^["“‘']?(?:The|A|An|He|She|It|They|We|I|You|In|On|At|But|And|This|That|These|Those|His|Her|Its|Their|There|When|While|After|Before|However|According|As|If|For|Some|Many|Most|Mr|Ms|Mrs|Dr)\b/;
const DOTTED_ACRONYM = /(?:^|[^\p{L}])(?:\p{L}\.){2,}$/u;
const SINGLE_INITIAL = /(?:^|[^\p{L}])\p{Lu}\.$/u;
const CORPORATE = /(?:^|[^\p{L}])(?:Inc|Corp|Co|Ltd|Bros|etc|a\.m|p\.m)\.$/u;

/** Spans of the sentences of `text`, in order, without surrounding whitespace. */
export function findSentences(text: string): readonly Span[] {
  return splitSentences(text).map((sentence) => sentence.span);
}

/** Index of the sentence that holds `offset`: the last one starting at or before it (0 before the first); binary search. */
export function findSentenceIndexAt(sentences: readonly Span[], offset: number): number {
  let [low, high] = [0, sentences.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sentences[middle] as Span)[0] <= offset) low = middle + 1;
    else high = middle;
  }
  return Math.max(0, low - 1);
}

/** The sentence that holds `offset`, or [0, 0] when there is none. */
export function findSentenceAt(sentences: readonly Span[], offset: number): Span {
  return sentences[findSentenceIndexAt(sentences, offset)] ?? [0, 0];
}

/** Splits `text` into sentences; spans index into `text` and exclude surrounding whitespace. */
export function splitSentences(text: string): readonly TextSlice[] {
  const sentences: TextSlice[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (!isSentenceEnd(text, match.index, end)) continue;
    pushTrimmed(sentences, text, start, end);
    start = end;
  }
  pushTrimmed(sentences, text, start, text.length);
  return sentences;
}

/** How far past a full stop the next words are read: enough for any sentence opener, and bounded so splitting stays linear. */
const LOOKAHEAD_CHARS = 40;

function isSentenceEnd(text: string, periodAt: number, end: number): boolean {
  const next = text.slice(end, end + LOOKAHEAD_CHARS).trimStart();
  if (next === "") return true;
  if (/^[\p{Ll},;:]/u.test(next)) return false;
  if (text[periodAt] !== ".") return true;
  const before = text.slice(Math.max(0, periodAt - 12), periodAt + 1);
  const word = /(\p{L}+)\.$/u.exec(before)?.[1] ?? "";
  if (TITLE_ABBREVIATIONS.has(word)) return false;
  if (DATE_AND_PLACE_ABBREVIATIONS.has(word) && /^[\d\p{Lu}]/u.test(next)) {
    // "Calif., on Nov. 16" never ends here; "in Calif. The …" does.
    return SENTENCE_OPENER.test(next) && !/^\d/.test(next);
  }
  // Checked before initials: the "S." of "U.S." looks like one.
  if (DOTTED_ACRONYM.test(before) || CORPORATE.test(before)) return SENTENCE_OPENER.test(next);
  if (SINGLE_INITIAL.test(before)) return false;
  return true;
}

function pushTrimmed(slices: TextSlice[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const from = start + (raw.length - raw.trimStart().length);
  const to = end - (raw.length - raw.trimEnd().length);
  if (to > from) slices.push({ text: text.slice(from, to), span: [from, to] });
}

// Clause breaks: a comma, semicolon or dash followed by a space (not "73,654").
// A clause cut after the comma of ", and the bridge closed" starts at "the bridge".
const LEADING_CONJUNCTION = /^(?:and|but|or|then|while|whereas|so)\s+/;
const CLAUSE_BREAK = /[,;:]\s+|\s+[—–-]{1,2}\s+|—/g;
// "Eritrea, Libya, Syria and Yemen": a comma between two capitalised words separates list items.
const LIST_COMMA_BEFORE = /\p{Lu}[\p{L}.’'-]*$/u;
const LIST_COMMA_AFTER = /^\p{Lu}/u;
const LIST_WORD_CHARS = 40;

/** Clause breaks in `text` with their offsets, leaving out commas inside lists of names. */
function findClauseBreaks(text: string): Array<{ index: number; length: number }> {
  return [...text.matchAll(CLAUSE_BREAK)]
    .filter((match) => {
      const isComma = match[0].startsWith(",");
      // Bounded slices: a list comma needs only the words on either side.
      const before = text.slice(Math.max(0, match.index - LIST_WORD_CHARS), match.index);
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 2);
      return !(isComma && LIST_COMMA_BEFORE.test(before) && LIST_COMMA_AFTER.test(after));
    })
    .map((match) => ({ index: match.index, length: match[0].length }));
}

/**
 * Cuts a sentence between anchored expressions (dates), at the last clause break before each
 * next one, so that every expression keeps the clause it belongs to. Spans are absolute.
 */
export function splitClausesAt(
  sentence: TextSlice,
  anchors: readonly Span[],
): readonly TextSlice[] {
  const [base] = sentence.span;
  const breaks = findClauseBreaks(sentence.text).map((found) => ({
    from: base + found.index,
    to: base + found.index + found.length,
  }));
  const sorted = [...anchors].sort((a, b) => a[0] - b[0]);
  const cuts: Array<{ from: number; to: number }> = [];
  for (let index = 1; index < sorted.length; index += 1) {
    const previousEnd = sorted[index - 1]?.[1] ?? 0;
    const nextStart = sorted[index]?.[0] ?? 0;
    const cut = breaks.filter((b) => b.from >= previousEnd && b.to <= nextStart).at(-1);
    if (cut !== undefined) cuts.push(cut);
  }
  const source = " ".repeat(base) + sentence.text;
  const clauses: TextSlice[] = [];
  let start = base;
  for (const cut of cuts) {
    pushTrimmed(clauses, source, start, cut.from);
    start = cut.to + (LEADING_CONJUNCTION.exec(source.slice(cut.to))?.[0].length ?? 0);
  }
  pushTrimmed(clauses, source, start, base + sentence.text.length);
  return clauses;
}

/**
 * Ends a clause at the first clause break after `position` that follows some words of its
 * own, so "which the Home Office today rejects, and strain …" stops at "rejects"; a break
 * right after `position` ("In 2022, …") is an introductory phrase and is passed over.
 */
export function endClauseAfter(clause: TextSlice, position: number): TextSlice {
  const [base] = clause.span;
  for (const match of findClauseBreaks(clause.text)) {
    const breakAt = base + match.index;
    const between = clause.text.slice(position - base, match.index);
    if (breakAt < position || !/[\p{L}\p{N}]/u.test(between)) continue;
    const text = clause.text.slice(0, match.index);
    return { text, span: [base, base + text.length] };
  }
  return clause;
}
