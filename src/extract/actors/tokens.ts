/** Word tokens with offsets, and the capitalised runs that names and organisations are made of. */

/** A letter or digit run, joined by inner apostrophes, dots, hyphens or ampersands; one dot may end it. */
const WORD_PATTERN = /[\p{L}\p{N}]+(?:[’'.\-&][\p{L}\p{N}]+)*\.?/gu;
const PLURAL_POSSESSIVE_GAP = /^[’'] $/u;
const POSSESSIVE_PATTERN = /[’']s$|(?<=s)[’']$/u;
const UPPER_START = /^\p{Lu}/u;
const LOWER_PRESENT = /\p{Ll}/u;
/** Abbreviations whose final dot is part of the word, not a sentence end. */
const DOTTED_WORDS = new Set([
  "Mr.",
  "Ms.",
  "Mrs.",
  "Dr.",
  "St.",
  "Jr.",
  "Sr.",
  "Sen.",
  "Rep.",
  "Gov.",
  "Gen.",
  "Col.",
  "Lt.",
  "Capt.",
  "Sgt.",
  "Maj.",
  "Adm.",
  "Cmdr.",
  "Det.",
  "Supt.",
  "Insp.",
  "Prof.",
  "Mx.",
  "Corp.",
  "Inc.",
  "Ltd.",
  "Calif.",
  "Nov.",
  "Dec.",
  "Jan.",
  "Feb.",
  "Aug.",
  "Sept.",
  "Sep.",
  "Oct.",
]);

export interface Token {
  /** As written, with a possessive ending but without a sentence-final dot. */
  readonly raw: string;
  /** Without the possessive ending. */
  readonly word: string;
  readonly start: number;
  /** End of `word` (before any possessive ending). */
  readonly wordEnd: number;
  readonly end: number;
  readonly isCapitalized: boolean;
  readonly isAcronym: boolean;
  readonly isPossessive: boolean;
  /** The characters between the previous token and this one. */
  readonly gapBefore: string;
}

function keepsDot(text: string): boolean {
  return DOTTED_WORDS.has(text) || /^(?:\p{Lu}\.)+$/u.test(text) || /\.\p{L}/u.test(text);
}

/** Splits text into word tokens; never throws, linear in the text length. */
export function tokenize(text: string): readonly Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD_PATTERN)) {
    let raw = match[0];
    if (raw.endsWith(".") && !keepsDot(raw)) raw = raw.slice(0, -1);
    const start = match.index;
    const possessive = POSSESSIVE_PATTERN.exec(raw);
    const word = possessive ? raw.slice(0, possessive.index) : raw;
    tokens.push({
      raw,
      word,
      start,
      wordEnd: start + word.length,
      end: start + raw.length,
      isCapitalized: UPPER_START.test(word),
      isAcronym:
        word.length >= 2 && !LOWER_PRESENT.test(word) && /^\p{Lu}/u.test(word) && !/\d/.test(word),
      isPossessive: possessive !== null,
      gapBefore: text.slice(previousEnd, start),
    });
    previousEnd = start + raw.length;
  }
  return tokens;
}

/** True when only a single space separates a token from the one before it. */
export function isJoined(token: Token): boolean {
  return token.gapBefore === " ";
}

/** True when the token starts a sentence or a quotation, where any word is capitalised. */
export function isSentenceStart(token: Token, previous: Token | undefined): boolean {
  return previous === undefined || /[.!?:;"“‘(]/u.test(token.gapBefore);
}

/**
 * "Nurses' Union": a plural possessive leaves its apostrophe in the gap before the next word
 * (the word pattern cannot end in one), so it is joined through the gap.
 */
export function isPluralPossessiveJoin(previous: Token, token: Token): boolean {
  return PLURAL_POSSESSIVE_GAP.test(token.gapBefore) && previous.word.endsWith("s");
}
