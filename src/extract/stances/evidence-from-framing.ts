/** Extractor: what the article says about a speaker's position outside the quotes ("told reporters that removing it was necessary"). */
import { shortenReason } from "./shorten-reason.ts";
import type { Passage } from "../../model/article.ts";
import { findMentions, formsOf, type Mention } from "../actors/find-mentions.ts";
import { SPEECH_VERBS } from "../actors/lexicon.ts";
import { findSentences } from "../shared/sentences.ts";
import { findSubjectMention } from "../quotes/subjects.ts";
import { blankClauseConjunctions, findCoSubjects, findGroupSubject } from "./framing-subjects.ts";
import { findCentralAction } from "./find-central-action.ts";
import { findComplaintCue, isLegalAction } from "./complaint-cue.ts";
import { findOrganizerCue, ORGANIZER_WEIGHT } from "./organizer-cue.ts";
import { findRequestCue } from "./request-cue.ts";
import { leadingWords, scoreText } from "./score-text.ts";
import { ACT_CUES, COMMITMENT_CUES } from "./stance-lexicon.ts";
import { removeAdverbs, type PlainText } from "./without-adverbs.ts";
import type { StanceEvidence, StanceExtractor } from "./stance-evidence.ts";

const QUOTED = /["“”][^"“”]{0,2000}["“”]/gu;
const STANCE_VERBS = new Set([
  "criticized",
  "criticised",
  "welcomed",
  "praised",
  "applauded",
  "slammed",
  "denounced",
  "defended",
  "defends",
  "opposed",
  "opposes",
  "supported",
  "supports",
  "backed",
  "backs",
  "rejected",
  "rejects",
  "condemned",
  "condemns",
  "threatened",
  "threatens",
  // Verbs that take a side whose direction the rest of the clause gives ("warned that the move
  // puts lives at risk", "urged caution").
  "urged",
  "urges",
  "warned",
  "warns",
  "objected",
  "objects",
  "hailed",
  "hails",
  "lauded",
  "endorsed",
  "endorses",
  "blasted",
  "decried",
]);
const WORD = /\p{Ll}+/gu;
const PASSIVE_AFTER_SUBJECT =
  /^[\s,]*(?:was|were|is|are|has been|have been|had been|being)\s+\p{Ll}+\s+by\b/u;
const MAX_REASON = 140;

/** Blanks out quoted words, keeping offsets, so that quotes are not counted twice. */
function withoutQuotes(text: string): string {
  return text.replace(QUOTED, (match) => " ".repeat(match.length));
}

interface FramedPassage {
  readonly passage: Passage;
  /** The passage without "-ly" adverbs, so "Trump personally asked" has its subject. */
  readonly plain: PlainText;
  /** `plain.text` with quoted words blanked out. */
  readonly unquoted: string;
  readonly mentions: readonly Mention[];
  /** `plain.text` with "and"/"but" blanked before a name that has its own verb. */
  readonly joinedClauses: string;
  /** The central action is the law acting on someone, so a complaint backs it. */
  readonly isLegal: boolean;
}

/**
 * Words after a name that can hold an act cue opening there and the words that may turn it round
 * (a phrase of up to 4 words, then 10 for "… not too late"); scoring only these keeps a sentence
 * with many names linear.
 */
const ACT_WINDOW_WORDS = 16;

/** A name straight before an act of taking a side is its subject: "Councillor X led the opposition". */
function findActSubject(
  unquoted: string,
  mentions: readonly Mention[],
  start: number,
  end: number,
): Mention | null {
  return (
    mentions.find((mention) => {
      if (mention.start < start || mention.end > end) return false;
      const after = leadingWords(unquoted.slice(mention.end, end), ACT_WINDOW_WORDS);
      const act = scoreText(after).cues.find((cue) => ACT_CUES.has(cue.phrase));
      return act !== undefined && after.slice(0, act.index).trim() === "";
    }) ?? null
  );
}

/** "He rejected the call outright.": a sentence opened by a personal pronoun and its verb. */
const PRONOUN_OPENING = /^\s*(?:He|She)(?=\s+\p{Ll})/u;

function findSentenceSubject(
  { plain, unquoted, mentions, joinedClauses }: FramedPassage,
  start: number,
  end: number,
): Mention | null {
  return (
    findSubjectMention(joinedClauses, mentions, start, end) ??
    findGroupSubject(plain.text, mentions, start, end) ??
    findActSubject(unquoted, mentions, start, end)
  );
}

/**
 * The subject of a sentence, or, for one that opens with "He" or "She", the person who was the
 * subject of the sentence just before (the antecedent convention the quotes use too).
 */
function findSubjectOrAntecedent(
  framed: FramedPassage,
  start: number,
  end: number,
  previous: Mention | null,
): Mention | null {
  const subject = findSentenceSubject(framed, start, end);
  if (subject || !previous) return subject;
  const pronoun = PRONOUN_OPENING.exec(framed.unquoted.slice(start, Math.min(end, start + 12)));
  if (!pronoun) return null;
  return { ...previous, start: start + pronoun.index, end: start + pronoun[0].length };
}

function evidenceInSentence(
  framed: FramedPassage,
  start: number,
  end: number,
  subject: Mention | null,
): readonly StanceEvidence[] {
  const { passage, plain, unquoted, isLegal } = framed;
  if (!subject) return [];
  const rest = unquoted.slice(subject.end, end);
  // "X was backed by Y": X receives the act, and takes no side by it.
  if (PASSIVE_AFTER_SUBJECT.test(rest)) return [];
  const words = [...rest.matchAll(WORD)];
  const score = scoreText(rest);
  // An act of taking a side ("led the opposition to the motion") needs no verb of saying.
  const act = score.cues.find((cue) => ACT_CUES.has(cue.phrase));
  const verb =
    words.find((match) => SPEECH_VERBS.has(match[0]) || STANCE_VERBS.has(match[0])) ??
    (act ? { index: act.index } : undefined);
  if (!verb) return [];
  const request = findRequestCue(rest) ?? (isLegal ? findComplaintCue(rest) : null);
  const organized = findOrganizerCue(plain.text.slice(subject.end, end));
  const support =
    score.support +
    (request?.polarity === "support" ? 1 : 0) +
    (organized === null ? 0 : ORGANIZER_WEIGHT);
  const oppose = score.oppose + (request?.polarity === "oppose" ? 1 : 0);
  if (support + oppose === 0) return [];
  // The reason opens at the first word that shows the side: the verb, or a request or complaint before it.
  const opening = Math.min(verb.index, request?.index ?? Infinity);
  const [from, to] = [plain.toOriginal(subject.end + opening), plain.toOriginal(end)];
  const evidence: StanceEvidence = {
    actorId: subject.actorId,
    passage: passage.id,
    offset: plain.toOriginal(subject.start),
    quoteId: null,
    support,
    oppose,
    reason: shortenReason(passage.text.slice(from, to).trim(), MAX_REASON),
    sentence: passage.text.slice(plain.toOriginal(start), to),
    // A stance verb anywhere in the clause ("has supported the idea"), a request, a threat or a
    // commitment ("says the broadcasts will continue") takes a side.
    isExplicit:
      request !== null ||
      organized !== null ||
      act !== undefined ||
      words.some((match) => STANCE_VERBS.has(match[0])) ||
      score.cues.some((cue) => COMMITMENT_CUES.has(cue.phrase)),
  };
  const coSubjects = findCoSubjects(unquoted, framed.mentions, subject, subject.end + verb.index);
  const shared = coSubjects.map((mention) => ({
    ...evidence,
    actorId: mention.actorId,
    offset: plain.toOriginal(mention.start),
  }));
  return [evidence, ...shared];
}

/** The lead sentence reports the action itself; what it says about the doer is the agency extractor's. */
export const extractFramingEvidence: StanceExtractor = ({ article, actors }) => {
  const forms = actors.map(formsOf);
  const people = new Set(actors.flatMap((actor) => (actor.kind === "person" ? actor.id : [])));
  const lead = findCentralAction(article);
  // The person who was the subject of the sentence just read, for a "He …" or "She …" that follows.
  let previous: Mention | null = null;
  return article.passages.flatMap((passage) => {
    const plain = removeAdverbs(passage.text);
    const mentions = findMentions(plain.text, forms);
    const framed: FramedPassage = {
      passage,
      plain,
      unquoted: withoutQuotes(plain.text),
      mentions,
      joinedClauses: blankClauseConjunctions(plain.text, mentions),
      isLegal: lead !== null && isLegalAction(lead.text),
    };
    return findSentences(plain.text).flatMap(([start, end]) => {
      const original = passage.text.slice(plain.toOriginal(start), plain.toOriginal(end));
      const subject = findSubjectOrAntecedent(framed, start, end, previous);
      previous = subject && people.has(subject.actorId) ? subject : null;
      if (lead?.passage === passage.id && original === lead.text) return [];
      return evidenceInSentence(framed, start, end, subject);
    });
  });
};
