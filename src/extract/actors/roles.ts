/** Roles around a name: a title before it, an appositive after it. */
import { NEVER_NAME_WORDS, ORG_WORDS, ROLE_NOUNS } from "./lexicon.ts";
import { tokenize, type Token } from "./tokens.ts";

const CONNECTORS = new Set(["of", "for", "the", "to", "and", "at", "on", "&"]);
const FUNCTION_WORDS = new Set([
  "a",
  "an",
  "the",
  "and",
  "or",
  "but",
  "like",
  "as",
  "by",
  "with",
  "said",
  "says",
  "told",
  "of",
  "for",
  "to",
  "in",
  "on",
  "at",
  "from",
  "that",
  "who",
  "his",
  "her",
  "their",
  "its",
  "our",
  "is",
  "was",
  "were",
  "are",
  "be",
  "been",
  "has",
  "have",
  "had",
  "including",
  "critics",
]);
const ROLE_GAPS = new Set([" ", " (", ") "]);
const MAX_ROLE_TOKENS = 10;
const MAX_MODIFIERS = 2;
const MAX_NAMED_ROLE_WORDS = 3;
/** Nationality adjectives ("Afghan coach", "Chinese spokesman") describe, they do not name an organisation. */
export const NATIONALITY = /(?:an|ese|ish|ian|i|ch)$/u;
/** ", a human rights lawyer …," / ", 19, a member of …," / ", former executive director of …," */
const APPOSITIVE_PATTERN = /^,\s+(?:(\d{1,3}),\s+)?([^,;:()"“”]{2,200})/u;
const APPOSITIVE_START = /^(?:an?\s|the\s|former\s|ex-|then-|now\s|\p{Ll})/u;
/** Clauses that continue the sentence rather than describe the person. */
const NOT_APPOSITIVE =
  /^(?:and|or|but|who|whose|which|where|while|when|as|after|before|said|says|told|in|on|at)\b/u;

export interface RoleMatch {
  readonly role: string;
  readonly start: number;
  readonly end: number;
}

export function isRoleWord(word: string): boolean {
  return ROLE_NOUNS.has(word.toLowerCase());
}

/** A lower-case word that describes the role noun after it: "human rights lawyer", "science fiction writer". */
function isModifier(token: Token): boolean {
  return (
    !token.isCapitalized &&
    !isRoleWord(token.word) &&
    !CONNECTORS.has(token.word) &&
    !FUNCTION_WORDS.has(token.word)
  );
}

function acceptsToken(token: Token, next: Token, isNameStart: boolean): boolean {
  const isCommaTitle = isNameStart && next.gapBefore === ", " && isRoleWord(token.word);
  if (!ROLE_GAPS.has(next.gapBefore) && !isCommaTitle) return false;
  if (isRoleWord(token.word)) return true;
  if (token.isCapitalized) return !NEVER_NAME_WORDS.has(token.word);
  if (CONNECTORS.has(token.word)) return !isNameStart;
  const isBeforeRole = isRoleWord(next.word) && !next.isCapitalized;
  return isModifier(token) && (isBeforeRole || isModifier(next));
}

/** "musician Tiziano Lugli and actor Jason Beghe": an "and" after a two-word name joins two people. */
function joinsPeople(tokens: readonly Token[], index: number): boolean {
  const [left, further] = [tokens[index - 1], tokens[index - 2]];
  const isNameLike = (token: Token | undefined) =>
    token !== undefined &&
    token.isCapitalized &&
    !token.isAcronym &&
    !ORG_WORDS.has(token.word) &&
    !isRoleWord(token.word);
  return (tokens[index] as Token).word === "and" && isNameLike(left) && isNameLike(further);
}

/** A title before the name: "State Department spokesperson", "Secretary of State", "team member". */
export function findRoleBefore(
  text: string,
  tokens: readonly Token[],
  nameFirst: number,
): RoleMatch | null {
  let first = nameFirst;
  let modifiers = 0;
  for (let index = nameFirst - 1; index >= 0 && nameFirst - index <= MAX_ROLE_TOKENS; index -= 1) {
    if (joinsPeople(tokens, index)) break;
    modifiers += isModifier(tokens[index] as Token) ? 1 : 0;
    if (modifiers > MAX_MODIFIERS) break;
    if (!acceptsToken(tokens[index] as Token, tokens[index + 1] as Token, index === nameFirst - 1))
      break;
    first = index;
  }
  while (first < nameFirst && CONNECTORS.has((tokens[first] as Token).word)) first += 1;
  const roleTokens = tokens.slice(first, nameFirst);
  if (!roleTokens.some((token) => isRoleWord(token.word))) return null;
  const start = (roleTokens[0] as Token).start;
  const end = (roleTokens[roleTokens.length - 1] as Token).end;
  return { role: text.slice(start, end), start, end };
}

/** "Panama coach", "NASA administrator": up to three capitalised words, then a lower-case role noun. */
function startsWithNamedRole(tokens: readonly Token[]): boolean {
  const roleIndex = tokens.findIndex((token) => !token.isCapitalized);
  const role = tokens[roleIndex];
  return (
    roleIndex >= 1 &&
    roleIndex <= MAX_NAMED_ROLE_WORDS &&
    role !== undefined &&
    isRoleWord(role.word)
  );
}

/** An appositive after the name that names a role or an age: "Rayhan Asat, a human rights lawyer …". */
export function findAppositiveAfter(text: string, nameEnd: number): RoleMatch | null {
  const match = APPOSITIVE_PATTERN.exec(text.slice(nameEnd, nameEnd + 240));
  if (!match) return null;
  const phrase = (match[2] ?? "").replace(/\.\s.*$|\.$/su, "").trimEnd();
  const tokens = tokenize(phrase);
  const hasRole = tokens.some((token) => isRoleWord(token.word));
  const isStart = APPOSITIVE_START.test(phrase) || startsWithNamedRole(tokens);
  if (!isStart || NOT_APPOSITIVE.test(phrase) || (!hasRole && !match[1])) return null;
  const role = phrase.replace(/^(?:an?|the)\s+/u, "");
  const end = nameEnd + match[0].indexOf(phrase) + phrase.length;
  return { role: hasRole ? role : `${match[1] ?? ""}`, start: end - role.length, end };
}
