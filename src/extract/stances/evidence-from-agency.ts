/** Extractor: whoever carries out the central action (the subject of the lead sentence) stands behind it. */
import { shortenReason } from "./shorten-reason.ts";
import { findMentions, formsOf } from "../actors/find-mentions.ts";
import { findSubjectMention, findVerbStart } from "../quotes/subjects.ts";
import { findCentralAction } from "./find-central-action.ts";
import type { StanceExtractor } from "./stance-evidence.ts";

const MAX_REASON = 120;
const AGENCY_WEIGHT = 2;
const MAX_OPENING = 80;
/** Only a dateline, "The" or capitalised title words before the subject. */
const OPENING = /^(?:[\p{Lu}.\s,]+[—–-]\s*)?(?:(?:The|the|A)\s+)?(?:\p{Lu}[\p{L}.’']*\s+){0,4}$/u;
/** A scene-setting phrase before the subject: "With the new browser almost ready, Microsoft announced". */
const INTRODUCTION =
  /^(?:With|After|Following|Despite|Amid|As|Since|Before|While|Once|Although|Though|Facing|Under|In|On|At)\s[^,—–]{0,150},\s+/u;
/** A lead whose subject attacks something reports a critic, not the doer of the action. */
const OPPOSING_VERBS =
  /^(?:criticised|criticized|condemned|slammed|denounced|rejected|opposed|objected|protested|attacked|accused|warned|sued|blasted|decried)\b/u;

export const extractAgencyEvidence: StanceExtractor = ({ article, actors }) => {
  const action = findCentralAction(article);
  if (!action) return [];
  const passage = article.passages.find((item) => item.id === action.passage);
  const start = passage?.text.indexOf(action.text) ?? -1;
  if (!passage || start < 0) return [];
  const end = start + action.text.length;
  const mentions = findMentions(passage.text, actors.map(formsOf));
  const subject = findSubjectMention(passage.text, mentions, start, end);
  // The lead's doer opens the sentence ("NASA celebrated", "LONDON — Boris Johnson announced").
  const opening = passage.text.slice(start, subject?.start ?? start);
  const core = opening.slice(INTRODUCTION.exec(opening)?.[0].length ?? 0);
  if (!subject || core.length > MAX_OPENING || !OPENING.test(core)) return [];
  const deed = passage.text.slice(findVerbStart(passage.text, subject), end).trim();
  if (OPPOSING_VERBS.test(deed)) return [];
  const reason = `carries it out: ${shortenReason(deed, MAX_REASON)}`;
  return [
    {
      actorId: subject.actorId,
      passage: passage.id,
      offset: subject.start,
      quoteId: null,
      // Doing it is the strongest sign of wanting it: it outweighs one stray cue in the doer's own words.
      support: AGENCY_WEIGHT,
      oppose: 0,
      reason,
      sentence: action.text,
      isExplicit: true,
    },
  ];
};
