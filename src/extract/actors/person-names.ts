/** Finds person-name-shaped spans ("Matt Miller", "L. Ron Hubbard") inside capitalised runs. */
import {
  HONORIFICS,
  NEVER_NAME_WORDS,
  POST_NOMINALS,
  NOT_PERSON_SUFFIXES,
  ORG_WORDS,
  PLACE_NAMES,
  PLACE_PREFIXES,
  ROLE_NOUNS,
  TITLE_WORDS,
  COMMON_GIVEN_NAMES,
} from "./lexicon.ts";
import { NATIONALITY } from "./roles.ts";
import { isJoined, type Token } from "./tokens.ts";

/** "F." and "K.C.": one to three dotted initials. */
const INITIAL = /^(?:\p{Lu}\.){1,3}$/u;
/** A capital, then letters, apostrophes or hyphens, with at least one lower-case letter (two tests, each linear). */
const NAME_SHAPE = /^\p{Lu}[\p{L}’'-]*$/u;
const HAS_LOWER = /\p{Ll}/u;
const isNameShaped = (word: string): boolean => NAME_SHAPE.test(word) && HAS_LOWER.test(word);
const MAX_NAME_TOKENS = 3;

export interface NameSpan {
  /** Token indices, inclusive. */
  readonly first: number;
  readonly last: number;
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/** Lower-case name particles: "Ursula von der Leyen", "Charles de Gaulle". */
const PARTICLES = new Set([
  "von",
  "van",
  "der",
  "den",
  "de",
  "da",
  "di",
  "del",
  "della",
  "du",
  "la",
  "le",
  "bin",
  "ibn",
  "al",
  "el",
  "ter",
  "dos",
  "das",
  // Welsh "ap"/"ab" (son of): "Dafydd ap Rhys".
  "ap",
  "ab",
]);

/** "Afghan Rodaba Noori" starts with a nationality; "Tran Van Minh" does not (no demonym this short but "Thai"). */
const isNationality = (word: string): boolean =>
  NATIONALITY.test(word) && (word.length >= 5 || word.endsWith("i"));
/** "Bashar al-Assad": a particle joined to a capitalised name. */
const JOINED_PARTICLE = /^(?:al|el|bin|ibn|ben|ad)-\p{Lu}\p{Ll}/u;

function isParticle(token: Token | undefined): boolean {
  return token !== undefined && PARTICLES.has(token.word) && isJoined(token);
}

function isNameToken(token: Token): boolean {
  if (INITIAL.test(token.word) || JOINED_PARTICLE.test(token.word)) return true;
  const word = token.word;
  return (
    isNameShaped(word) &&
    // "Dean Kamen": a given name that is also a role noun is still a name.
    (!ROLE_NOUNS.has(word.toLowerCase()) || COMMON_GIVEN_NAMES.has(word)) &&
    !TITLE_WORDS.has(word) &&
    !HONORIFICS.has(word) &&
    !ORG_WORDS.has(word) &&
    !NEVER_NAME_WORDS.has(word) &&
    (!NOT_PERSON_SUFFIXES.has(word) || COMMON_GIVEN_NAMES.has(word)) &&
    // "Foreign Ministers", "Eisenhower Republicanism": a plural role or an -ism names no one.
    !(word.endsWith("s") && ROLE_NOUNS.has(word.toLowerCase().slice(0, -1))) &&
    !/\p{Ll}ism$/u.test(word)
  );
}

/** "Tom Park", "Benny Hill": after a given name, a place-like word is a surname. */
function isSurnameToken(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  if (PLACE_NAMES.has(token.word)) return false;
  if (isNameToken(token)) return true;
  const isPlaceWord = NOT_PERSON_SUFFIXES.has(token.word) && isNameShaped(token.word);
  return isPlaceWord && COMMON_GIVEN_NAMES.has(tokens[index - 1]?.word ?? "");
}

/** The end (inclusive) of the capitalised run that starts at `first`; a possessive ends it. */
function findRunEnd(tokens: readonly Token[], first: number): number {
  let last = first;
  while (!tokens[last]?.isPossessive) {
    let after = last + 1;
    while (isParticle(tokens[after])) after += 1;
    const next = tokens[after];
    const isNamePart =
      next !== undefined &&
      (next.isCapitalized || INITIAL.test(next.word) || JOINED_PARTICLE.test(next.word));
    if (!next || !isJoined(next) || !isNamePart) break;
    last = after;
  }
  return last;
}

/** Keeps at most the last two name tokens, or three when an initial or a given name shows it. */
function trimNameStart(
  tokens: readonly Token[],
  first: number,
  last: number,
  isAfterOwner: boolean,
): number {
  let start = last;
  let words = 1;
  while (start > first && words < MAX_NAME_TOKENS) {
    start -= 1;
    if (!isParticle(tokens[start])) words += 1;
  }
  if (words === MAX_NAME_TOKENS) {
    const [a, b] = [tokens[start], tokens[start + 1]];
    // "José Luis Martínez" is one name; "Afghan Rodaba Noori" starts with a nationality.
    const isLongName =
      INITIAL.test(a?.word ?? "") ||
      INITIAL.test(b?.word ?? "") ||
      COMMON_GIVEN_NAMES.has(a?.word ?? "") ||
      !isNationality(a?.word ?? "") ||
      // "Egypt's Hassan Ali Omar": no nationality adjective follows an owner.
      isAfterOwner;
    if (!isLongName) start += 1;
  }
  if (PLACE_PREFIXES.has(tokens[start]?.word ?? "")) start += 1;
  while (start < last && isParticle(tokens[start])) start += 1;
  return start;
}

function nameFromRun(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
): NameSpan | null {
  if (last > first && POST_NOMINALS.has(tokens[last]?.word ?? "")) last -= 1;
  const lastToken = tokens[last];
  if (!lastToken || !isSurnameToken(tokens, last) || INITIAL.test(lastToken.word)) return null;
  let start = last;
  const isInnerParticle = (index: number): boolean => {
    let before = index;
    while (before >= first && isParticle(tokens[before])) before -= 1;
    return before < index && before >= first && isNameToken(tokens[before] as Token);
  };
  while (start > first && (isNameToken(tokens[start - 1] as Token) || isInnerParticle(start - 1)))
    start -= 1;
  start = trimNameStart(
    tokens,
    start,
    last,
    start === first && (tokens[first - 1]?.isPossessive ?? false),
  );
  const startToken = tokens[start];
  if (!startToken || last - start < 1) return null;
  return {
    first: start,
    last,
    name: text.slice(startToken.start, lastToken.wordEnd),
    start: startToken.start,
    end: lastToken.wordEnd,
  };
}

/** All two-or-three-word name shapes in the text, in reading order. */
export function findNameSpans(text: string, tokens: readonly Token[]): readonly NameSpan[] {
  const spans: NameSpan[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index] as Token;
    if (!token.isCapitalized) {
      index += 1;
      continue;
    }
    const last = findRunEnd(tokens, index);
    const span = nameFromRun(text, tokens, index, last);
    if (span) spans.push(span);
    index = last + 1;
  }
  return spans;
}
