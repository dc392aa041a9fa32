/** What attribution rules read: passages, their sentences, actor mentions and sentence subjects. */
import type { Actor, Span } from "../../model/analysis.ts";
import type { Article } from "../../model/article.ts";
import { findMentions, formsOf, type Mention } from "../actors/find-mentions.ts";
import { fitsPronoun } from "./pronoun-fit.ts";
import { findTextGenders, type Gender } from "./text-gender.ts";
import type { QuoteCandidate } from "./quote-candidate.ts";
import { findSentences } from "../shared/sentences.ts";
import { findAccordingToSource, findSubjectMention, findVerbStart } from "./subjects.ts";
import {
  findRoleSubject,
  indexRoleHolders,
  opensWithUnknownSpeaker,
  UNKNOWN_SUBJECT,
} from "./implicit-subjects.ts";

export interface SubjectEvent {
  readonly passageIndex: number;
  readonly offset: number;
  readonly actorId: string;
}

export interface QuoteScene {
  readonly article: Article;
  readonly actorsById: ReadonlyMap<string, Actor>;
  readonly sentences: readonly (readonly Span[])[];
  /** Mentions outside quotation marks, per passage. */
  readonly mentions: readonly (readonly Mention[])[];
  /** The first subject of each sentence, in reading order: what "he" and "she" point back to. */
  readonly subjects: readonly SubjectEvent[];
  /** Speakers of the quotes attributed so far, in reading order: the subjects of speech acts. */
  readonly speakers: readonly SubjectEvent[];
  /** Genders the article's pronouns give people (see text-gender.ts). */
  readonly genders: ReadonlyMap<string, Gender | "mixed">;
  /** The one person holding each role noun ("judge", "mayor"), or null when two share it. */
  readonly roleHolders: ReadonlyMap<string, string | null>;
}

/** Mentions outside every quotation; both lists are in reading order and quotations do not overlap, so one merge pass. */
function outsideQuotes(
  mentions: readonly Mention[],
  quotes: readonly QuoteCandidate[],
): readonly Mention[] {
  let at = 0;
  return mentions.filter((mention) => {
    while (at < quotes.length && (quotes[at] as QuoteCandidate).span[1] <= mention.start) at += 1;
    const quote = quotes[at];
    return !(quote && mention.start >= quote.span[0] && mention.end <= quote.span[1]);
  });
}

function groupByPassage(
  count: number,
  quotes: readonly QuoteCandidate[],
): readonly (readonly QuoteCandidate[])[] {
  const groups: QuoteCandidate[][] = Array.from({ length: count }, () => []);
  for (const quote of quotes) groups[quote.passageIndex]?.push(quote);
  return groups;
}

/** Verbs after which the answer that follows is the object's: "X asked Lindqvist about it. "…," she said." */
const QUESTION_VERBS = /^(?:asked|questioned|interviewed|pressed)\s$/u;

/** The person a subject questions, right after the verb; the reply that follows is theirs. */
function findPersonAsked(
  text: string,
  subject: Mention,
  mentions: readonly Mention[],
): Mention | undefined {
  const verbStart = findVerbStart(text, subject);
  const object = mentions.find((mention) => mention.start > verbStart);
  if (!object || !QUESTION_VERBS.test(text.slice(verbStart, object.start))) return undefined;
  return object;
}

/** The first subject-like mention of each sentence of a passage, walking the mentions once. */
function findSubjects(
  passageIndex: number,
  text: string,
  sentences: readonly Span[],
  mentions: readonly Mention[],
  lowerWords: ReadonlySet<string>,
  roleHolders: ReadonlyMap<string, string | null>,
): readonly SubjectEvent[] {
  const subjects: SubjectEvent[] = [];
  let at = 0;
  for (const [start, end] of sentences) {
    while (at < mentions.length && (mentions[at] as Mention).start < start) at += 1;
    let last = at;
    while (last < mentions.length && (mentions[last] as Mention).end <= end) last += 1;
    const inSentence = mentions.slice(at, last);
    if (opensWithUnknownSpeaker(text, start, inSentence, lowerWords)) {
      subjects.push({ passageIndex, offset: start, actorId: UNKNOWN_SUBJECT });
      at = last;
      continue;
    }
    const roleSubject = findRoleSubject(text, start, roleHolders);
    if (roleSubject !== null) {
      subjects.push({ passageIndex, offset: start, actorId: roleSubject });
      at = last;
      continue;
    }
    const subject =
      findSubjectMention(text, inSentence, start, end) ??
      findAccordingToSource(text, inSentence, start);
    if (subject) subjects.push({ passageIndex, offset: subject.start, actorId: subject.actorId });
    const asked = subject ? findPersonAsked(text, subject, inSentence) : undefined;
    if (asked) subjects.push({ passageIndex, offset: asked.start, actorId: asked.actorId });
    at = last;
  }
  return subjects;
}

export function buildQuoteScene(
  article: Article,
  actors: readonly Actor[],
  quotes: readonly QuoteCandidate[],
): QuoteScene {
  const forms = actors.map(formsOf);
  const sentences = article.passages.map((passage) => findSentences(passage.text));
  const quotesByPassage = groupByPassage(article.passages.length, quotes);
  const mentions = article.passages.map((passage, index) =>
    outsideQuotes(findMentions(passage.text, forms), quotesByPassage[index] ?? []),
  );
  // Words the article writes in lower case, once for the whole article (linear).
  const lowerWords = new Set(
    article.passages.flatMap((passage) => passage.text.match(/(?<![\p{L}’'-])\p{Ll}+/gu) ?? []),
  );
  const roleHolders = indexRoleHolders(actors);
  const subjects = article.passages.flatMap((passage, index) =>
    findSubjects(
      index,
      passage.text,
      sentences[index] ?? [],
      mentions[index] ?? [],
      lowerWords,
      roleHolders,
    ),
  );
  const actorsById = new Map(actors.map((actor) => [actor.id, actor]));
  const genders = new Map<string, Gender | "mixed">();
  article.passages.forEach((passage, index) =>
    findTextGenders(
      passage.text,
      sentences[index] ?? [],
      mentions[index] ?? [],
      (quotesByPassage[index] ?? []).map(
        (quote) => [quote.openMark, quote.closeMark ?? passage.text.length] as const,
      ),
      actorsById,
      genders,
    ),
  );
  return {
    article,
    actorsById,
    sentences,
    mentions,
    subjects,
    speakers: [],
    genders,
    roleHolders,
  };
}

function isBefore(event: SubjectEvent, passageIndex: number, offset: number): boolean {
  return (
    event.passageIndex < passageIndex ||
    (event.passageIndex === passageIndex && event.offset < offset)
  );
}

/** Index of the last event before a position (-1 if none); binary search, so resolving stays n log n. */
function lastIndexBefore(
  events: readonly SubjectEvent[],
  passageIndex: number,
  offset: number,
): number {
  let [low, high] = [0, events.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (isBefore(events[middle] as SubjectEvent, passageIndex, offset)) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/**
 * The latest sentence subject or quote speaker before a position that `fits` accepts; the two
 * lists are merged backwards from the position ("…", said KCNA. "…", it added).
 */
export function resolveBackward(
  scene: QuoteScene,
  passageIndex: number,
  offset: number,
  fits: (actor: Actor | undefined) => boolean,
  oldestPassage = 0,
): string | null {
  let subject = lastIndexBefore(scene.subjects, passageIndex, offset);
  let speaker = lastIndexBefore(scene.speakers, passageIndex, offset);
  while (subject >= 0 || speaker >= 0) {
    const [a, b] = [scene.subjects[subject], scene.speakers[speaker]];
    const isSpeakerLater =
      b !== undefined && (a === undefined || !isBefore(b, a.passageIndex, a.offset));
    const event = (isSpeakerLater ? b : a) as SubjectEvent;
    if (event.passageIndex < oldestPassage) return null;
    if (isSpeakerLater) speaker -= 1;
    else subject -= 1;
    if (fits(scene.actorsById.get(event.actorId))) return event.actorId;
  }
  return null;
}

/** The actor "he", "she", "it" or "they" at a position refers to. */
export function resolvePronoun(
  scene: QuoteScene,
  pronoun: string,
  passageIndex: number,
  offset: number,
): string | null {
  // "It" and "they" reach back one paragraph at most: an organisation named long before is no antecedent.
  const isPerson = /^(?:he|she)$/iu.test(pronoun);
  // A pronoun right after an unknown speaker ("Tran said … He told") is that speaker's: no earlier actor gets it.
  const found = resolveBackward(
    scene,
    passageIndex,
    offset,
    (actor) => actor === undefined || fitsPronoun(actor, pronoun, scene.genders.get(actor.id)),
    isPerson ? 0 : passageIndex - 1,
  );
  return found === UNKNOWN_SUBJECT ? null : found;
}

/** Nouns any organisation may be called ("the company"); "the city" or "the court" must be named so. */
const GENERIC_ORGANIZATION_NOUNS =
  /^(?:company|group|agency|organi[sz]ation|firm|report|study|survey|analysis)$/iu;

/**
 * "The authority argued", "the report's authors wrote": the latest organisation whose name holds
 * the noun (Harbor Authority); for a generic noun, else the latest organisation that acted.
 */
export function resolveOrganizationNoun(
  scene: QuoteScene,
  noun: string,
  passageIndex: number,
  offset: number,
): string | null {
  // "the organisation" names the World Meteorological Organization: either spelling is the same noun.
  const stem = /^organi[sz]ation$/iu.test(noun) ? "organi[sz]ation" : noun;
  const word = new RegExp(`\\b${stem}\\b`, "iu");
  const isNamed = (actor: Actor | undefined) =>
    actor?.kind === "organization" && word.test(actor.name);
  const named =
    resolveBackward(scene, passageIndex, offset, isNamed) ??
    [...scene.actorsById.values()].find(isNamed)?.id ??
    null;
  if (named !== null || !GENERIC_ORGANIZATION_NOUNS.test(noun)) return named;
  return resolvePronoun(scene, "it", passageIndex, offset);
}

/** Mentions inside [start, end) of a passage; binary search to the first, so each call costs only what it returns. */
export function mentionsIn(
  scene: QuoteScene,
  passageIndex: number,
  start: number,
  end: number,
): readonly Mention[] {
  const mentions = scene.mentions[passageIndex] ?? [];
  let [low, high] = [0, mentions.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((mentions[middle] as Mention).start < start) low = middle + 1;
    else high = middle;
  }
  const found: Mention[] = [];
  for (let at = low; at < mentions.length && (mentions[at] as Mention).start < end; at += 1) {
    if ((mentions[at] as Mention).end <= end) found.push(mentions[at] as Mention);
  }
  return found;
}

export function passageText(scene: QuoteScene, passageIndex: number): string {
  return scene.article.passages[passageIndex]?.text ?? "";
}
