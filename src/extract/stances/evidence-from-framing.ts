/** Extractor: what the article says about a speaker's position outside the quotes ("told reporters that removing it was necessary"). */
import { shortenReason } from "./shorten-reason.ts";
import { findMentions, formsOf } from "../actors/find-mentions.ts";
import { SPEECH_VERBS } from "../actors/lexicon.ts";
import { findSentences } from "../quotes/sentences.ts";
import { findSubjectMention } from "../quotes/subjects.ts";
import { findCentralAction } from "./find-central-action.ts";
import { scoreText } from "./score-text.ts";
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
]);
const WORD = /\p{Ll}+/gu;
const MAX_REASON = 140;

/** Blanks out quoted words, keeping offsets, so that quotes are not counted twice. */
function withoutQuotes(text: string): string {
  return text.replace(QUOTED, (match) => " ".repeat(match.length));
}

/** The lead sentence reports the action itself; what it says about the doer is the agency extractor's. */
export const extractFramingEvidence: StanceExtractor = ({ article, actors }) => {
  const forms = actors.map(formsOf);
  const lead = findCentralAction(article);
  return article.passages.flatMap((passage) => {
    const mentions = findMentions(passage.text, forms);
    const plain = withoutQuotes(passage.text);
    return findSentences(passage.text).flatMap(([start, end]): StanceEvidence[] => {
      if (lead?.passage === passage.id && passage.text.slice(start, end) === lead.text) return [];
      const subject = findSubjectMention(passage.text, mentions, start, end);
      if (!subject) return [];
      const rest = plain.slice(subject.end, end);
      const verb = [...rest.matchAll(WORD)].find(
        (match) => SPEECH_VERBS.has(match[0]) || STANCE_VERBS.has(match[0]),
      );
      if (!verb) return [];
      const score = scoreText(rest);
      if (score.support + score.oppose === 0) return [];
      const reason = passage.text.slice(subject.end + verb.index, end).trim();
      return [
        {
          actorId: subject.actorId,
          passage: passage.id,
          offset: subject.start,
          quoteId: null,
          support: score.support,
          oppose: score.oppose,
          reason: shortenReason(reason, MAX_REASON),
          sentence: passage.text.slice(start, end),
          isExplicit: STANCE_VERBS.has(verb[0]),
        },
      ];
    });
  });
};
