/** Which actor a clause is about: a mention followed by its verb, not one behind a preposition. */
import type { Mention } from "../actors/find-mentions.ts";
import { AUXILIARY_VERBS, POST_NOMINALS, SPEECH_VERBS, TIME_ADVERBIAL } from "../actors/lexicon.ts";
import { isRoleWord } from "../actors/roles.ts";
import { tokenize } from "../actors/tokens.ts";

const AUXILIARIES = new Set([...AUXILIARY_VERBS, "also", "later", "then"]);
/** Words that may sit between the name and its verb: "Cornyn's statement added", "the Biden administration removed". */
const STATEMENT_NOUNS =
  /^(?:[’']s)?\s(?:statement|post|letter|spokesperson|spokesman|spokeswoman|office|blog|tweet|website|account|report|administration|government|campaign)\s/u;
const PARENTHESIS_AFTER = /^\s\([^()]{1,40}\)/u;
/** "Priya Roe of Fairmount Securities was": the employer between the name and its verb. */
const AFFILIATION_AFTER =
  /^\s(?:of|at|from)\s(?:the\s)?\p{Lu}[^\s,;:]*(?:\s(?:&|\p{Lu}[^\s,;:]*)){0,4}/u;
const POST_NOMINAL_AFTER = /^\s(\p{Lu}[\p{L}.]{1,3})(?![\p{L}.])/u;
/** "Kearney-Walsh, had told": an auxiliary or adverb may stand before the speech verb. */
const COMMA_VERB = /^,\s(?:(?:had|has|have|also|later|then)\s)?(\p{Ll}+)/u;
/** "Hernan Gomez, Panama coach, said": a short appositive set off by commas, then the verb. */
const APPOSITIVE_VERB = /^,\s[^,;:"“”]{1,60},\s(?:(?:had|has|have|also|later|then)\s)?(\p{Ll}+)/u;
const NEXT_WORD = /^\s(\p{Ll}+)/u;
const PAST_TENSE = /^\p{Ll}{2,}ed$/u;
const PREPOSITION_BEFORE =
  /\b(?:by|from|of|to|with|for|in|at|on|about|against|into|than|like|and|\p{Ll}{3,}ing)\s+(?:the\s+)?$/iu;

/** Only titles before the name: "U.S. Senator John Cornyn, …" still opens its sentence. */
function isSentenceOpening(prefix: string): boolean {
  if (prefix.includes(",")) return false;
  return tokenize(prefix).every(
    (token) => token.isCapitalized || isRoleWord(token.word) || token.word === "the",
  );
}

/** What follows a name up to its verb, skipped: a parenthesis, "'s statement", "on Tuesday". */
function skipToVerb(after: string): string {
  // "Jane Doe KC, told the court": letters after the name stand between it and its verb.
  const postNominal = POST_NOMINAL_AFTER.exec(after)?.[1];
  const bare =
    postNominal && POST_NOMINALS.has(postNominal) ? after.slice(postNominal.length + 1) : after;
  const unbracketed = bare.replace(PARENTHESIS_AFTER, "").replace(AFFILIATION_AFTER, "");
  const statement = STATEMENT_NOUNS.exec(unbracketed);
  const rest = statement ? unbracketed.slice(statement[0].length - 1) : unbracketed;
  return rest.replace(TIME_ADVERBIAL, "");
}

/** Where the verb of a subject mention starts ("removed" in "the Biden administration on Thursday removed"). */
export function findVerbStart(text: string, mention: Mention): number {
  const after = text.slice(mention.end, mention.end + 80);
  const rest = skipToVerb(after);
  return mention.end + after.length - rest.length + (rest.length - rest.trimStart().length);
}

/** True when the word reads as the verb of the name before it. */
export function isVerbLike(word: string): boolean {
  return SPEECH_VERBS.has(word) || AUXILIARIES.has(word) || PAST_TENSE.test(word);
}

/** True when a mention acts in its clause: followed by a verb (or its statement's verb), or an appositive at sentence start. */
export function isSubjectLike(text: string, mention: Mention, sentenceStart: number): boolean {
  if (PREPOSITION_BEFORE.test(text.slice(Math.max(0, mention.start - 30), mention.start)))
    return false;
  // A parenthesis after a name ("Sen. Elizabeth Warren (D-Mass.) said") does not separate it from its verb.
  const after = text.slice(mention.end, mention.end + 80);
  const rest = skipToVerb(after);
  const next = NEXT_WORD.exec(rest)?.[1];
  if (next !== undefined && isVerbLike(next)) return true;
  // "Their leader, Ed Davey, called …": a name set off by commas before its verb.
  // Both forms are tried: in "McIlroy, who grew up there, noted" the word after the comma is "who".
  const afterComma = [COMMA_VERB.exec(rest)?.[1], APPOSITIVE_VERB.exec(rest)?.[1]];
  if (afterComma.some((word) => word !== undefined && SPEECH_VERBS.has(word))) return true;
  return after.startsWith(",") && isSentenceOpening(text.slice(sentenceStart, mention.start));
}

/** The first subject-like mention of a sentence, or null. */
export function findSubjectMention(
  text: string,
  mentions: readonly Mention[],
  start: number,
  end: number,
): Mention | null {
  return (
    mentions.find(
      (mention) =>
        mention.start >= start && mention.end <= end && isSubjectLike(text, mention, start),
    ) ?? null
  );
}

/** "According to Dr. X, the evidence is mixed": the source named first is whom the sentence is about. */
const ACCORDING_TO_OPENING = /^\s*According\sto\s(?:\p{Lu}[\p{L}.]*\s){0,3}$/u;

/** The person or body a sentence opened by "According to X," reports, or null. */
export function findAccordingToSource(
  text: string,
  mentions: readonly Mention[],
  start: number,
): Mention | null {
  const first = mentions.find((mention) => mention.start >= start);
  if (!first) return null;
  const prefix = text.slice(start, first.start);
  return prefix.length <= 60 && ACCORDING_TO_OPENING.test(prefix) ? first : null;
}
