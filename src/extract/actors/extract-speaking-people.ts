/** Surface form: a bare name that speaks or acts like a person ("Julie Couillard who …", `"…," commented Ama Owusu`). */
import {
  createPersonFromSpan,
  type ActorCandidate,
  type ActorExtractor,
} from "./actor-candidate.ts";
import { findCreditSpans, isInsideAny } from "./credits.ts";
import { COMMON_GIVEN_NAMES, SPEECH_VERBS } from "./lexicon.ts";
import { isAfterGroupNoun } from "./person-context.ts";
import { findNameSpans, type NameSpan } from "./person-names.ts";
import { isRoleWord } from "./roles.ts";
import type { Token } from "./tokens.ts";

/** How far back, in words, the role noun of "a spokeswoman for the X, Name, said" may stand. */
const ROLE_LOOKBACK = 8;
const PREPOSITIONS = new Set(["at", "in", "from", "of", "for", "with", "by", "to", "on"]);
const PERSON_FOLLOWERS = new Set(["who", "whose", "himself", "herself"]);
/** "…," said X: the verb follows a closing quotation mark or its comma. */
const AFTER_QUOTE = /[,"”]\s*$/u;

/** `"…," commented Ama Owusu`: the name is the subject of the speech verb before it. */
function isAfterQuoteVerb(tokens: readonly Token[], span: NameSpan): boolean {
  const verb = tokens[span.first - 1];
  return (
    verb !== undefined &&
    verb.gapBefore !== "" &&
    AFTER_QUOTE.test(verb.gapBefore) &&
    SPEECH_VERBS.has(verb.word)
  );
}

/**
 * "A spokeswoman for the regulator, Sonia Petrakis, said": a name set off by commas after a
 * phrase holding a role noun, then a speech verb, names the officer. The role must sit in the
 * same clause, a few words back; an organisation between commas ("Its parent, Vantor Group,
 * said") has no role noun there.
 */
function isCommaNamedOfficer(tokens: readonly Token[], span: NameSpan): boolean {
  const next = tokens[span.last + 1];
  const first = tokens[span.first];
  if (!next || !first || next.gapBefore !== ", " || !SPEECH_VERBS.has(next.word)) return false;
  if (first.gapBefore !== ", ") return false;
  for (let index = span.first - 1; index >= 0 && span.first - index <= ROLE_LOOKBACK; index -= 1) {
    const token = tokens[index] as Token;
    if (!token.isCapitalized && isRoleWord(token.word)) return true;
    if (/[.!?;:"“”]/u.test(token.gapBefore)) break;
  }
  return false;
}

function isPersonLike(tokens: readonly Token[], span: NameSpan): boolean {
  const next = tokens[span.last + 1];
  const nextWord = next && next.gapBefore === " " ? next.word : "";
  // "…, who chairs the board": a relative "who" after a comma is said of a person too.
  const relative = next && (next.gapBefore === " " || next.gapBefore === ", ") ? next.word : "";
  // "Analysts at Morgan Stanley said": after a preposition the verb belongs to the noun before.
  const isAfterPreposition = PREPOSITIONS.has(tokens[span.first - 1]?.word ?? "");
  return (
    (SPEECH_VERBS.has(nextWord) && !isAfterPreposition) ||
    PERSON_FOLLOWERS.has(relative) ||
    isAfterQuoteVerb(tokens, span) ||
    COMMON_GIVEN_NAMES.has(tokens[span.first]?.word ?? "") ||
    isCommaNamedOfficer(tokens, span)
  );
}

export const extractSpeakingPeople: ActorExtractor = {
  name: "speaking-person",
  extract: ({ passage }, tokens) => {
    const credits = findCreditSpans(passage.text);
    const found: ActorCandidate[] = [];
    for (const span of findNameSpans(passage.text, tokens)) {
      if (isInsideAny(credits, span.start) || isAfterGroupNoun(tokens, span)) continue;
      if (!isPersonLike(tokens, span)) continue;
      found.push(createPersonFromSpan(passage, span, "speaking-person"));
    }
    return found;
  },
};
