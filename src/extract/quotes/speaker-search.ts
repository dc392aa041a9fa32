/** Finding who speaks: a reporting verb, then the actor or pronoun that is its subject. */
import { SPEECH_VERBS } from "../actors/lexicon.ts";
import {
  mentionsIn,
  passageText,
  resolveOrganizationNoun,
  resolvePronoun,
  type QuoteScene,
} from "./quote-scene.ts";
import { isSubjectLike } from "./subjects.ts";

/** Reporting verbs in -ing form ("with Boswell stating:", "accusing it of"), and "reads" for documents. */
const REPORTING_PARTICIPLES = new Set(
  `saying adding stating writing noting telling explaining continuing asserting arguing declaring
  insisting warning calling accusing describing claiming promising recommending urging reporting
  citing charging blaming labelling labeling dubbing praising criticizing criticising reads read`.split(
    /\s+/u,
  ),
);
const WORD = /\p{L}+/gu;
const PRONOUN_REACH = 24;
/** "The report's authors wrote": the description stands right before its verb. */
const ANAPHOR_REACH = 40;
/** A definite description that stands for an organisation named before: "the company", "the group". */
const ORGANIZATION_ANAPHOR =
  /\bthe (company|group|agency|department|ministry|organi[sz]ation|firm|union|party|council|committee|bureau|institute|office|government|carmaker|airline|bank|authority|board|commission|court|city|county|state|trust|foundation|association|society|club|team|university|school|hospital|newspaper|broadcaster|network|report|study|survey|analysis)(?:[’']s\s(?:authors?|writers?|editors?))?\b/iu;
/** "the judge", "the chamber": a lower-case noun right after "the", at the end of the speaker words. */
const DEFINITE_DESCRIPTION = /\bthe (\p{Ll}{3,})\s*$/u;
const SPOKESPERSON_FOR =
  /\b(?:[Aa]n?|[Tt]he)\s(?:spokesman|spokeswoman|spokesperson|representative)\s(?:for|of)\s(?:the\s)?$/u;
const RELATIVE_BEFORE = /,\s(who|which)\s(?:(?:had|has|have|also|later)\s)?$/u;
const PRONOUN_BEFORE =
  /\b(he|she|they|it|He|She|They|It)\s+(?:also\s+|later\s+|then\s+|had\s+|has\s+)?$/u;

export interface VerbMatch {
  readonly start: number;
  readonly end: number;
}

export function isReportingVerb(word: string): boolean {
  return (
    (SPEECH_VERBS.has(word) || REPORTING_PARTICIPLES.has(word)) &&
    word !== "asked" &&
    word !== "asks"
  );
}

/** The last reporting verb in text[from, to), optionally only within the last `maxWords` words. */
export function findReportingVerb(
  text: string,
  from: number,
  to: number,
  maxWords = Infinity,
): VerbMatch | null {
  const words = [...text.slice(from, to).matchAll(WORD)];
  for (let index = words.length - 1; index >= Math.max(0, words.length - maxWords); index -= 1) {
    const word = words[index];
    if (word && isReportingVerb(word[0]))
      return { start: from + word.index, end: from + word.index + word[0].length };
  }
  return null;
}

/** The actor that is the subject of a verb: a pronoun right before it, else the nearest subject-like mention. */
export function findSpeakerBefore(
  scene: QuoteScene,
  passageIndex: number,
  clauseStart: number,
  verbStart: number,
  isStrict: boolean,
): { readonly actorId: string | null; readonly start: number; readonly end: number } | null {
  const text = passageText(scene, passageIndex);
  // Only the words right before the verb can be its pronoun subject; a bounded slice keeps this linear.
  const near = Math.max(clauseStart, verbStart - PRONOUN_REACH);
  const relative = findRelativeSubject(scene, passageIndex, clauseStart, near, verbStart);
  if (relative) return relative;
  const pronoun = PRONOUN_BEFORE.exec(text.slice(near, verbStart));
  if (pronoun) {
    const start = near + pronoun.index;
    const actorId = resolvePronoun(scene, pronoun[1] ?? "", passageIndex, verbStart);
    return { actorId, start, end: start + (pronoun[1] ?? "").length };
  }
  const mentions = mentionsIn(scene, passageIndex, clauseStart, verbStart);
  const spokesperson = findSpokespersonFor(scene, text, mentions);
  if (spokesperson) return spokesperson;
  const subjects = mentions.filter((mention) => isSubjectLike(text, mention, clauseStart));
  // "Gomez, Panama coach, said": a subject wins over a name inside its appositive.
  const candidates = isStrict || subjects.length > 0 ? subjects : mentions;
  const mention = candidates[candidates.length - 1];
  if (mention) return { actorId: mention.actorId, start: mention.start, end: mention.end };
  return findOrganizationAnaphor(
    scene,
    passageIndex,
    Math.max(clauseStart, verbStart - ANAPHOR_REACH),
    verbStart,
  );
}

/**
 * "A spokesman for the Foreign Ministry said the request was "…"": an unnamed spokesperson speaks
 * for the organisation named right after "for", which is the speaker (a named one has their
 * own mention, which comes later in the clause).
 */
function findSpokespersonFor(
  scene: QuoteScene,
  text: string,
  mentions: readonly { readonly actorId: string; readonly start: number; readonly end: number }[],
): { readonly actorId: string; readonly start: number; readonly end: number } | null {
  const last = mentions[mentions.length - 1];
  if (!last || scene.actorsById.get(last.actorId)?.kind !== "organization") return null;
  // "Daniel Reyes, a spokesperson for the Association, called": the named person speaks.
  const isPerson = (mention: { readonly actorId: string }) =>
    scene.actorsById.get(mention.actorId)?.kind === "person";
  if (mentions.some(isPerson)) return null;
  return SPOKESPERSON_FOR.test(text.slice(Math.max(0, last.start - 40), last.start)) ? last : null;
}

/** "her daughter, Ilse Roe, who said": the name right before ", who" or ", which" is the verb's subject. */
function findRelativeSubject(
  scene: QuoteScene,
  passageIndex: number,
  clauseStart: number,
  near: number,
  verbStart: number,
): { readonly actorId: string; readonly start: number; readonly end: number } | null {
  const relative = RELATIVE_BEFORE.exec(passageText(scene, passageIndex).slice(near, verbStart));
  if (!relative) return null;
  const commaAt = near + relative.index;
  const mentions = mentionsIn(scene, passageIndex, clauseStart, commaAt);
  const mention = mentions[mentions.length - 1];
  if (mention?.end !== commaAt) return null;
  // "who" is said of a person, "which" of an organisation: "the Lowfield Trust, which said".
  const kind = scene.actorsById.get(mention.actorId)?.kind;
  return (relative[1] === "who") === (kind === "person") ? mention : null;
}

/** "the authority", "the report's authors" in text[start, end): the organisation it stands for. */
function findOrganizationAnaphor(
  scene: QuoteScene,
  passageIndex: number,
  start: number,
  end: number,
): { readonly actorId: string; readonly start: number; readonly end: number } | null {
  const words = passageText(scene, passageIndex).slice(start, end);
  const anaphor = ORGANIZATION_ANAPHOR.exec(words);
  if (!anaphor) return findDefiniteDescription(scene, passageIndex, start, words);
  const at = start + anaphor.index;
  const actorId = resolveOrganizationNoun(scene, anaphor[1] ?? "", passageIndex, at);
  return actorId === null ? null : { actorId, start: at, end: at + anaphor[0].length };
}

/**
 * "the judge said", "the chamber said": any other noun after "the" stands for the one person whose
 * role holds it (Judge Amelia Roe) or for an organisation named with it (the Chamber of Commerce);
 * a noun that fits neither, or two people, names nobody.
 */
function findDefiniteDescription(
  scene: QuoteScene,
  passageIndex: number,
  start: number,
  words: string,
): { readonly actorId: string; readonly start: number; readonly end: number } | null {
  const description = DEFINITE_DESCRIPTION.exec(words);
  const noun = description?.[1];
  if (!description || noun === undefined) return null;
  const at = start + description.index;
  const actorId =
    scene.roleHolders.get(noun) ?? resolveOrganizationNoun(scene, noun, passageIndex, at);
  return actorId === null ? null : { actorId, start: at, end: at + description[0].length };
}

/**
 * A mention or pronoun in a short span after a quote: the first after the verb ("said Bolden to the
 * crowd"), the last before it, where the head of the phrase stands ("ACLU spokesperson Mark Lee told").
 */
export function findSpeakerIn(
  scene: QuoteScene,
  passageIndex: number,
  start: number,
  end: number,
  pick: "first" | "last" = "first",
): { readonly actorId: string; readonly end: number } | null {
  const mentions = mentionsIn(scene, passageIndex, start, end);
  const people = mentions.filter((item) => scene.actorsById.get(item.actorId)?.kind === "person");
  const mention =
    pick === "first" ? mentions[0] : (people[people.length - 1] ?? mentions[mentions.length - 1]);
  if (mention) return { actorId: mention.actorId, end: mention.end };
  const words = passageText(scene, passageIndex).slice(start, end);
  const pronoun = /\b(he|she|they|it)\b/iu.exec(words);
  // "the company said" points back to the company named before, or like "it" does.
  if (!pronoun) return findOrganizationAnaphor(scene, passageIndex, start, end);
  const actorId = resolvePronoun(scene, pronoun[1] ?? "", passageIndex, start);
  return actorId === null ? null : { actorId, end: start + pronoun.index + pronoun[0].length };
}
