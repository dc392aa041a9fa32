/**
 * Extractor: an actor the article says takes no side ("the mayor said she would not take sides",
 * "the regulator had "no view yet" on the outcome") is neutral, which is a position of its own,
 * not a missing one. Read on the sentence with its quotation marks removed, since the words that
 * say it are often quoted.
 */
import { findMentions, formsOf } from "../actors/find-mentions.ts";
import { findSubjectMention } from "../quotes/subjects.ts";
import { findSentences } from "../shared/sentences.ts";
import { shortenReason } from "./shorten-reason.ts";
import type { StanceEvidence, StanceExtractor } from "./stance-evidence.ts";

const NO_SIDE =
  /\b(?:(?:would|will|did|does|do|could)\s(?:not|never)|declined\sto|refused\sto|won't|wouldn't)\stake\s(?:any\s)?sides?\b|\b(?:remained|stayed|remains|stays)\sneutral\b|\b(?:no|not\stake\sa)\s(?:view|position)(?:\syet)?\b|\b(?:not|yet\sto)\s(?:yet\s)?(?:formed|reached|taken|form|reach|take)\s(?:a|any)\s(?:view|position)\b|\bcomment\son\sthe\smerits\b/iu;
const QUOTE_MARK = /["“”]/gu;
const MAX_REASON = 120;

export const extractNeutralityEvidence: StanceExtractor = ({ article, actors }) => {
  const forms = actors.map(formsOf);
  return article.passages.flatMap((passage) => {
    if (!NO_SIDE.test(passage.text.replace(QUOTE_MARK, ""))) return [];
    const mentions = findMentions(passage.text, forms);
    return findSentences(passage.text).flatMap(([start, end]): StanceEvidence[] => {
      const sentence = passage.text.slice(start, end);
      const found = NO_SIDE.exec(sentence.replace(QUOTE_MARK, ""));
      const subject = found ? findSubjectMention(passage.text, mentions, start, end) : null;
      if (!found || !subject) return [];
      return [
        {
          actorId: subject.actorId,
          passage: passage.id,
          offset: subject.start,
          quoteId: null,
          support: 0,
          oppose: 0,
          reason: shortenReason(
            `takes no side: ${passage.text.slice(subject.end, end).trim()}`,
            MAX_REASON,
          ),
          sentence,
          isExplicit: true,
          isNeutral: true,
        },
      ];
    });
  });
};
