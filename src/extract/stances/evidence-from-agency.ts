/** Extractor: whoever carries out the central action (the subject of the lead sentence) stands behind it. */
import { shortenReason } from "./shorten-reason.ts";
import { findMentions, formsOf } from "../actors/find-mentions.ts";
import { findSubjectMention, findVerbStart } from "../quotes/subjects.ts";
import { isRoleWord } from "../actors/roles.ts";
import { findCentralAction } from "./find-central-action.ts";
import type { Actor } from "../../model/analysis.ts";
import type { StanceEvidence, StanceExtractor } from "./stance-evidence.ts";

const MAX_REASON = 120;
const AGENCY_WEIGHT = 2;
const MAX_OPENING = 80;
const MAX_OPENING_WORDS = 5;
/** Only a dateline, "The" or capitalised title words before the subject. */
const OPENING = /^(?:[\p{Lu}.\s,]+[—–-]\s*)?(?:(?:The|the|A)\s+)?(?:\p{Lu}[\p{L}.’']*\s+){0,4}$/u;
/** A scene-setting phrase before the subject: "With the new browser almost ready, Microsoft announced". */
const INTRODUCTION =
  /^(?:With|After|Following|Despite|Amid|As|Since|Before|While|Once|Although|Though|Facing|Under|In|On|At)\s[^,—–]{0,150},\s+/u;
/** A lead whose subject attacks something reports a critic, not the doer of the action. */
const OPPOSING_VERBS =
  /^(?:criticised|criticized|condemned|slammed|denounced|rejected|opposed|objected|protested|attacked|accused|warned|sued|blasted|decried)\b/u;

/** Only a dateline, "The" and title or role words before the doer ("Harbor Authority chairman"). */
function isOpening(core: string): boolean {
  if (OPENING.test(core)) return true;
  const words = core.trim().split(/\s+/u);
  return (
    words.length <= MAX_OPENING_WORDS &&
    words.every((word) => /^\p{Lu}/u.test(word) || isRoleWord(word) || word === "the")
  );
}

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
  if (!subject || core.length > MAX_OPENING || !isOpening(core)) return [];
  const deed = passage.text.slice(findVerbStart(passage.text, subject), end).trim();
  if (OPPOSING_VERBS.test(deed)) return [];
  const reason = `carries it out: ${shortenReason(deed, MAX_REASON)}`;
  const doer: StanceEvidence = {
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
  };
  const organization = findDoersOrganization(actors, subject.actorId);
  const onBehalf = organization
    ? [
        {
          ...doer,
          actorId: organization.id,
          reason: `its ${roleOf(actors, subject.actorId)} ${reason}`,
        },
      ]
    : [];
  return [doer, ...onBehalf];
};

/** "NASA Administrator Charles Bolden announced …": the doer acts for the organisation of their role. */
function findDoersOrganization(actors: readonly Actor[], doerId: string): Actor | undefined {
  const doer = actors.find((actor) => actor.id === doerId);
  const named = doer?.kind === "person" ? doer.organization?.toLowerCase() : undefined;
  if (named === undefined) return undefined;
  return actors.find(
    (actor) =>
      actor.kind === "organization" &&
      [actor.name, ...actor.aliases].some((name) => name.toLowerCase() === named),
  );
}

function roleOf(actors: readonly Actor[], actorId: string): string {
  return actors.find((actor) => actor.id === actorId)?.role ?? "member";
}
