/** Syntax around a bare name that shows it names a person, with no first-name list: what stands before it and after it. */
import { AUXILIARY_VERBS, IRREGULAR_PAST, ORG_WORDS, SPEECH_VERBS } from "./lexicon.ts";
import type { NameSpan } from "./person-names.ts";
import { isRoleWord } from "./roles.ts";
import { isJoined, type Token } from "./tokens.ts";

/** Lower-case words before a name that are no descriptor of it: function words and verbs. */
const NOT_DESCRIPTORS = new Set(
  `a an the and or but nor of for to in on at by with from into onto about against as like than
  that which who whom whose this these those his her their its our my your is was were are be been
  being has have had do does did will would can could may might must shall should not no also only
  even just still then when while where after before since until because if although though so
  beat won met led left made took gave became began ran hit got came went wrote spoke held sent
  told found saw fell rose shot struck chose drew threw paid sold brought bought fought taught
  thought faced visit visits join joins meet meets named called including via per vs versus
  new old own same other first last next local national main major top famous popular classic
  group party team club company firm band novel book film movie game show series album song
  magazine newspaper journal paper website site brand label event festival costume character
  outfit project program programme campaign station ship`.split(/\s+/u),
);
const AUXILIARIES = new Set(AUXILIARY_VERBS);
const PAST_TENSE = /^\p{Ll}{2,}ed$/u;
/** Plural nouns ("debutants Panama", "fans") and adverbs before a name describe no one person. */
const NOT_SINGULAR_NOUN = /(?:[^su]s|ly|ing|ed)$/u;
const PARTICIPLE = /^\p{Ll}{2,}(?:ed|en)$/u;
const ACRONYM_IN_PARENTHESES = /\(\p{Lu}{2,8}\),?\s$/u;

/** "the parents' group Families First", "the charity Open Doors": a noun that names what follows as a body. */
const GROUP_NOUNS = new Set(
  `group charity company firm organisation organization campaign union party club band team
  network coalition alliance association society trust foundation brand label competition
  tournament cup league`.split(/\s+/u),
);

/** "the campaign group Families First": a name right after a group noun is an organisation's. */
export function isAfterGroupNoun(tokens: readonly Token[], span: NameSpan): boolean {
  const before = tokens[span.first - 1];
  return (
    before !== undefined &&
    !before.isCapitalized &&
    isJoined(tokens[span.first] as Token) &&
    GROUP_NOUNS.has(before.word)
  );
}

/** "goalkeeper Tuomas Heikkilä", "pan-democrat Eddie Chu": a lower-case singular noun right before the name. */
export function hasDescriptorBefore(tokens: readonly Token[], span: NameSpan): boolean {
  const before = tokens[span.first - 1];
  if (!before || before.isCapitalized || !isJoined(tokens[span.first] as Token)) return false;
  // "next season's Continental Shield": a lower-case owner describes a thing it has, not a person.
  if (before.isPossessive) return false;
  return (
    before.word.length >= 3 &&
    !NOT_DESCRIPTORS.has(before.word) &&
    !SPEECH_VERBS.has(before.word) &&
    !NOT_SINGULAR_NOUN.test(before.word) &&
    !/\d/u.test(before.word)
  );
}

/** "Korea's Kim Shin-wook", "the union (NTU), Wirihana Paki", "Rowing Association Rangi Tuhoe". */
export function hasOwnerBefore(text: string, tokens: readonly Token[], span: NameSpan): boolean {
  const first = tokens[span.first] as Token;
  const before = tokens[span.first - 1];
  if (ACRONYM_IN_PARENTHESES.test(text.slice(Math.max(0, first.start - 14), first.start)))
    return true;
  if (!before || !isJoined(first) || !before.isCapitalized) return false;
  return before.isPossessive || ORG_WORDS.has(before.word) || text[before.end] === ")";
}

/** "Bartosz Wilkowski missed", "Lam Wai-ting won", "Chow Ka-yan was": the name acts, not behind a preposition. */
export function hasVerbAfter(tokens: readonly Token[], span: NameSpan): boolean {
  const next = tokens[span.last + 1];
  const last = tokens[span.last] as Token;
  if (!next || !isJoined(next) || next.isCapitalized || last.isPossessive) return false;
  const isVerb =
    PAST_TENSE.test(next.word) ||
    IRREGULAR_PAST.has(next.word) ||
    AUXILIARIES.has(next.word) ||
    SPEECH_VERBS.has(next.word);
  const before = tokens[span.first - 1]?.word ?? "";
  return isVerb && !["in", "at", "to", "from", "of", "for", "on", "with"].includes(before);
}

/** "was replaced by Kemal Arslanoğlu": the agent of a passive. */
export function isPassiveAgent(tokens: readonly Token[], span: NameSpan): boolean {
  const [participle, by] = [tokens[span.first - 2], tokens[span.first - 1]];
  if (by?.word !== "by" || participle === undefined) return false;
  return PARTICIPLE.test(participle.word) || WORKS.has(participle.word);
}

/** Works a person signs: "a paper by AS Heagle", "a novel by …". */
const WORKS = new Set(
  "paper book novel study article essay letter report poem painting photograph photo film song play column review".split(
    " ",
  ),
);
const UNDOTTED_INITIALS = /^\p{Lu}{1,3}$/u;

/** "a paper by AS Heagle": initials without full stops before a surname, after the author's "by". */
export function findInitialledAuthors(tokens: readonly Token[]): readonly [number, number][] {
  const found: [number, number][] = [];
  tokens.forEach((token, index) => {
    const [work, initials, surname, next] = [
      tokens[index - 1],
      tokens[index + 1],
      tokens[index + 2],
      tokens[index + 3],
    ];
    if (token.word !== "by" || !work || !WORKS.has(work.word) || !initials || !surname) return;
    if (
      !UNDOTTED_INITIALS.test(initials.word) ||
      !isJoined(surname) ||
      !/^\p{Lu}\p{Ll}+$/u.test(surname.word)
    )
      return;
    if (next && isJoined(next) && next.isCapitalized) return;
    found.push([initials.start, surname.wordEnd]);
  });
  return found;
}

/** "Chow Ka-yan of the Labour Party", "Wong of the FTU": a member of a named organisation. */
export function hasOrganizationAfter(tokens: readonly Token[], span: NameSpan): boolean {
  const last = tokens[span.last] as Token;
  const link = tokens[span.last + 1];
  if (last.isPossessive || !link || (link.word !== "of" && link.word !== "from")) return false;
  let at = span.last + 2;
  if (tokens[at]?.word === "the") at += 1;
  for (let end = at; end < at + 5 && tokens[end]?.isCapitalized; end += 1) {
    const token = tokens[end] as Token;
    if (ORG_WORDS.has(token.word) || token.isAcronym) return true;
  }
  return false;
}

/** "Dries Mertens's attempt", "Oyelaran-Smith's work": a possessive name before a lower-case noun. */
export function isPossessiveOfNoun(tokens: readonly Token[], span: NameSpan): boolean {
  const next = tokens[span.last + 1];
  return (
    (tokens[span.last] as Token).isPossessive &&
    next !== undefined &&
    isJoined(next) &&
    !next.isCapitalized
  );
}

/** "Lau Siu-lai", "Leung Che-cheung": a short family name, then a hyphenated given name of two syllables. */
const SYLLABLE_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,5}-\p{Lu}?\p{Ll}{1,6}$/u;
const SHORT_FAMILY_NAME = /^\p{Lu}\p{Ll}{1,5}$/u;
/** English compounds of the same shape: "Kong-based", "Pan-democrat", "Co-founder". */
const ENGLISH_SECOND_PARTS =
  /-(?:based|born|owned|led|run|made|style|like|era|wide|free|type|class|level|term|time|year|old|democrat|democracy|founder|president|elect)$/u;

export function hasSyllableGivenName(tokens: readonly Token[], span: NameSpan): boolean {
  const [family, given] = [tokens[span.first] as Token, tokens[span.last] as Token];
  return (
    span.last === span.first + 1 &&
    SHORT_FAMILY_NAME.test(family.word) &&
    SYLLABLE_GIVEN_NAME.test(given.word) &&
    !ENGLISH_SECOND_PARTS.test(given.word)
  );
}

/** Nouns of kinship and acquaintance, which only people have: "her son, Tomas Roe,", "my neighbour, Jo Lee,". */
const RELATION_NOUNS = new Set(
  `son daughter wife husband mother father brother sister widow widower grandson granddaughter
  grandmother grandfather niece nephew cousin uncle aunt fiancé fiancée fiance fiancee stepson
  stepdaughter neighbour neighbor friend colleague classmate flatmate roommate`.split(/\s+/u),
);

/** "the harbour master, Piet Kuipers,", "her son, Tomas Roe,": a name set off by commas after a role or relation noun. */
export function isAppositiveOfRole(
  text: string,
  tokens: readonly Token[],
  span: NameSpan,
): boolean {
  const before = tokens[span.first - 1];
  const isSetOff = (tokens[span.first] as Token).gapBefore === ", ";
  const closes = /^[,.;:]/u.test(text.slice(span.end, span.end + 1));
  const isPersonNoun =
    before !== undefined && (isRoleWord(before.word) || RELATION_NOUNS.has(before.word));
  return before !== undefined && !before.isCapitalized && isPersonNoun && isSetOff && closes;
}
