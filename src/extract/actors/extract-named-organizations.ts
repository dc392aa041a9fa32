/** Surface form: a capitalised phrase headed by an organisation word, "Bureau of Industry and Security". */
import type { ActorCandidate, ActorExtractor } from "./actor-candidate.ts";
import { createOrganizationCandidate } from "./actor-candidate.ts";
import { NEVER_NAME_WORDS, ORG_WORDS } from "./lexicon.ts";
import { isRoleWord } from "./roles.ts";
import { isJoined, isPluralPossessiveJoin, type Token } from "./tokens.ts";

const CONNECTORS = new Set(["of", "for", "and", "the", "on", "&"]);
/**
 * Words after the organisation word that continue its name ("Institute of Forensic Science"). Not
 * "and": "the Labour Party and Frederick Fung" joins two actors; inside a complement it still joins
 * ("Bureau of Industry and Security").
 */
const COMPLEMENT_STARTS = new Set(["of", "for", "on", "&"]);
/** A spaced ampersand is no word token: it joins "Aviation & Space Museum" as a gap. */
const AMPERSAND_GAP = " & ";

/**
 * "the Nurses' Union", "Residents' Association": a plural possessive right before an organisation
 * word is part of the name (the tokenizer leaves its apostrophe in the gap); "Ashby's board" and
 * "the Farmers' market" are not.
 */
function isPluralPossessiveLink(previous: Token, token: Token): boolean {
  return isPluralPossessiveJoin(previous, token) && ORG_WORDS.has(token.word);
}

function isLinked(previous: Token, token: Token): boolean {
  return (
    isJoined(token) || token.gapBefore === AMPERSAND_GAP || isPluralPossessiveLink(previous, token)
  );
}

/** Joined capitalised words, and connector runs between them ("Council for the Welfare of Immigrants"). */
function findPhraseEnd(tokens: readonly Token[], first: number): number {
  let last = first;
  while (!(tokens[last] as Token).isPossessive) {
    let next = last + 1;
    // "the Labour Party and Frederick Fung": "and" after an organisation word starts another actor.
    if (ORG_WORDS.has((tokens[last] as Token).word) && tokens[next]?.word === "and") break;
    while (CONNECTORS.has(tokens[next]?.word ?? "") && isJoined(tokens[next] as Token)) next += 1;
    const token = tokens[next];
    // "the Authority on Tuesday": a weekday or month after a connector is not part of the name.
    const isDateWord = next > last + 1 && NEVER_NAME_WORDS.has(token?.word ?? "");
    if (!token || !isLinked(tokens[next - 1] as Token, token) || !token.isCapitalized || isDateWord)
      break;
    last = next;
  }
  return last;
}

/** Cuts what follows the last organisation word unless a connector carries the name on. */
function trimPhrase(
  tokens: readonly Token[],
  first: number,
  last: number,
): readonly [number, number] | null {
  let orgIndex = -1;
  // "Group of Energy Exporters": the first organisation word with a complement may carry the
  // name past a later one ("Energy"); one such word is enough, so the scan stays linear.
  let headWithComplement = -1;
  for (let index = first; index <= last; index += 1) {
    if (!ORG_WORDS.has((tokens[index] as Token).word)) continue;
    orgIndex = index;
    const next = tokens[index + 1];
    if (headWithComplement < 0 && index < last && COMPLEMENT_STARTS.has(next?.word ?? ""))
      headWithComplement = index;
  }
  if (orgIndex < 0) return null;
  const extend = (from: number): number => {
    let end = from;
    while (end < last && COMPLEMENT_STARTS.has((tokens[end + 1] as Token).word))
      end = findComplementEnd(tokens, end + 1, last);
    return end;
  };
  const end = Math.max(extend(orgIndex), headWithComplement < 0 ? -1 : extend(headWithComplement));
  let start = first;
  const isLeading = (token: Token) =>
    NEVER_NAME_WORDS.has(token.word) || isRoleWord(token.word) || CONNECTORS.has(token.word);
  while (start < orgIndex && isLeading(tokens[start] as Token)) start += 1;
  return [skipMembersOf(tokens, start, orgIndex), end];
}

/**
 * "Members of the Sea Org", "Leung Yiu-chung of NWSC and James To of the Democratic Party": the name
 * starts after the last "of" before the organisation word when no organisation word precedes that "of".
 */
function skipMembersOf(tokens: readonly Token[], start: number, orgIndex: number): number {
  let lastOf = -1;
  let firstOrg = -1;
  for (let index = start; index < orgIndex; index += 1) {
    const word = (tokens[index] as Token).word;
    if (word === "of") lastOf = index;
    if (firstOrg < 0 && ORG_WORDS.has(word)) firstOrg = index;
  }
  if (lastOf < 0 || (firstOrg >= 0 && firstOrg < lastOf)) return start;
  let next = lastOf + 1;
  while (next < orgIndex && CONNECTORS.has((tokens[next] as Token).word)) next += 1;
  return next;
}

function findComplementEnd(tokens: readonly Token[], connector: number, last: number): number {
  let end = connector;
  while (
    end < last &&
    ((tokens[end + 1] as Token).isCapitalized || CONNECTORS.has((tokens[end + 1] as Token).word))
  ) {
    end += 1;
    if (isRoleWord((tokens[end] as Token).word)) return end - 1;
  }
  return end;
}

export const extractNamedOrganizations: ActorExtractor = {
  name: "named-organization",
  extract: ({ passage }, tokens) => {
    const found: ActorCandidate[] = [];
    for (let index = 0; index < tokens.length; index += 1) {
      if (!(tokens[index] as Token).isCapitalized) continue;
      const last = findPhraseEnd(tokens, index);
      const trimmed = trimPhrase(tokens, index, last);
      index = last;
      // A lone organisation word ("the Administration") names no particular organisation.
      if (!trimmed || trimmed[0] === trimmed[1]) continue;
      const [start, end] = [
        (tokens[trimmed[0]] as Token).start,
        (tokens[trimmed[1]] as Token).wordEnd,
      ];
      found.push(
        createOrganizationCandidate({ passage, start, end, source: "named-organization" }),
      );
    }
    return found;
  },
};
