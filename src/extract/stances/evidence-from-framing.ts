/** Extractor: what the article says about a speaker's position outside the quotes ("told reporters that removing it was necessary"). */
import { shortenReason } from "./shorten-reason.ts";
import type { Passage } from "../../model/article.ts";
import { findMentions, formsOf, type Mention } from "../actors/find-mentions.ts";
import { SPEECH_VERBS } from "../actors/lexicon.ts";
import { findSentences } from "../quotes/sentences.ts";
import { findSubjectMention, isVerbLike } from "../quotes/subjects.ts";
import { findCentralAction } from "./find-central-action.ts";
import { findRequestCue } from "./request-cue.ts";
import { scoreText } from "./score-text.ts";
import { COMMITMENT_CUES } from "./stance-lexicon.ts";
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
]);
const WORD = /\p{Ll}+/gu;
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
}

const CONJUNCTION_BEFORE = /\b(?:and|but)\s+(?:the\s+)?$/u;
const NEXT_WORD = /^\s+(\p{Ll}+)/u;

/**
 * "The broadcasts began in May and South Korea says …": a name after "and" with a verb of its
 * own starts a clause, so the conjunction is blanked (same length, offsets kept).
 */
function blankClauseConjunctions(text: string, mentions: readonly Mention[]): string {
  const parts: string[] = [];
  let copied = 0;
  for (const mention of mentions) {
    const before = CONJUNCTION_BEFORE.exec(
      text.slice(Math.max(0, mention.start - 12), mention.start),
    );
    const next = NEXT_WORD.exec(text.slice(mention.end, mention.end + 30))?.[1];
    const from = mention.start - (before?.[0].length ?? 0);
    if (!before || next === undefined || !isVerbLike(next) || from < copied) continue;
    parts.push(text.slice(copied, from), " ".repeat(before[0].length));
    copied = mention.start;
  }
  parts.push(text.slice(copied));
  return parts.join("");
}

function evidenceInSentence(
  { passage, plain, unquoted, mentions, joinedClauses }: FramedPassage,
  start: number,
  end: number,
): StanceEvidence | null {
  const subject = findSubjectMention(joinedClauses, mentions, start, end);
  if (!subject) return null;
  const rest = unquoted.slice(subject.end, end);
  const words = [...rest.matchAll(WORD)];
  const verb = words.find((match) => SPEECH_VERBS.has(match[0]) || STANCE_VERBS.has(match[0]));
  if (!verb) return null;
  const request = findRequestCue(rest);
  const score = scoreText(rest);
  const support = score.support + (request?.polarity === "support" ? 1 : 0);
  const oppose = score.oppose + (request?.polarity === "oppose" ? 1 : 0);
  if (support + oppose === 0) return null;
  const [from, to] = [plain.toOriginal(subject.end + verb.index), plain.toOriginal(end)];
  return {
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
      words.some((match) => STANCE_VERBS.has(match[0])) ||
      score.cues.some((cue) => COMMITMENT_CUES.has(cue.phrase)),
  };
}

/** The lead sentence reports the action itself; what it says about the doer is the agency extractor's. */
export const extractFramingEvidence: StanceExtractor = ({ article, actors }) => {
  const forms = actors.map(formsOf);
  const lead = findCentralAction(article);
  return article.passages.flatMap((passage) => {
    const plain = removeAdverbs(passage.text);
    const mentions = findMentions(plain.text, forms);
    const framed: FramedPassage = {
      passage,
      plain,
      unquoted: withoutQuotes(plain.text),
      mentions,
      joinedClauses: blankClauseConjunctions(plain.text, mentions),
    };
    return findSentences(plain.text).flatMap(([start, end]) => {
      const original = passage.text.slice(plain.toOriginal(start), plain.toOriginal(end));
      if (lead?.passage === passage.id && original === lead.text) return [];
      return evidenceInSentence(framed, start, end) ?? [];
    });
  });
};
