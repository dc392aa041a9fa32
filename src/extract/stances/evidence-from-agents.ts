/**
 * Extractor: the named agents of a passive report of the action ("The agreement was signed by X
 * and Y", "The claim was brought by residents led by Z") carried it out, so they take its side.
 */
import { findMentions, formsOf } from "../actors/find-mentions.ts";
import { findSentences } from "../shared/sentences.ts";
import { findCentralAction } from "./find-central-action.ts";
import { shortenReason } from "./shorten-reason.ts";
import type { StanceEvidence, StanceExtractor } from "./stance-evidence.ts";

const PASSIVE_AGENT =
  /\b(?:was|were|is|are|has been|have been|had been)\s+(signed|proposed|sponsored|backed|supported|endorsed|championed|brought|drafted|tabled|opposed|challenged|rejected)\s+by\b/u;
const OPPOSING = new Set(["opposed", "challenged", "rejected"]);
/** Things people act for or against; "supported by a grant" names no such thing as its subject. */
const ACTION_NOUNS = new Set(
  `agreement deal pact treaty plan proposal bill motion law measure scheme policy decision claim
  case lawsuit suit petition complaint appeal letter resolution amendment motion campaign ban
  order`.split(/\s+/u),
);
const WORD = /\p{L}+/gu;
const STEM = 5;
const MAX_REASON = 140;

const wordsOf = (text: string): string[] =>
  [...text.toLowerCase().matchAll(WORD)].map((match) => match[0]);

/** The subject names the action: an action noun, or a word sharing its stem with the central action ("agreement" ~ "agreed"). */
function isAboutAction(subject: string, centralStems: ReadonlySet<string>): boolean {
  return wordsOf(subject).some(
    (word) =>
      ACTION_NOUNS.has(word) || (word.length > STEM && centralStems.has(word.slice(0, STEM))),
  );
}

export const extractAgentEvidence: StanceExtractor = ({ article, actors }) => {
  const action = findCentralAction(article);
  if (!action) return [];
  const centralStems = new Set(
    wordsOf(action.text)
      .filter((word) => word.length > STEM)
      .map((word) => word.slice(0, STEM)),
  );
  const forms = actors.map(formsOf);
  return article.passages.flatMap((passage) => {
    const mentions = findMentions(passage.text, forms);
    return findSentences(passage.text).flatMap(([start, end]): StanceEvidence[] => {
      const sentence = passage.text.slice(start, end);
      const match = PASSIVE_AGENT.exec(sentence);
      const verb = match?.[1];
      if (!match || verb === undefined) return [];
      const agentsFrom = start + match.index + match[0].length;
      const isSubjectAnActor = mentions.some((m) => m.start >= start && m.start < agentsFrom);
      if (isSubjectAnActor || !isAboutAction(sentence.slice(0, match.index), centralStems))
        return [];
      const isOpposing = OPPOSING.has(verb);
      const reason = shortenReason(`${verb} it: ${sentence.trim()}`, MAX_REASON);
      const agents = mentions.filter((m) => m.start >= agentsFrom && m.end <= end);
      return agents.map((mention) => ({
        actorId: mention.actorId,
        passage: passage.id,
        offset: mention.start,
        quoteId: null,
        support: isOpposing ? 0 : 1,
        oppose: isOpposing ? 1 : 0,
        reason,
        sentence,
        isExplicit: true,
      }));
    });
  });
};
