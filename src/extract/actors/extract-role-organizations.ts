/** Surface form: the organisation a role names before its noun, "Environment Canada spokeswoman", "Scientology attorney". */
import type { ActorCandidate, ActorExtractor } from "./actor-candidate.ts";
import { createOrganizationCandidate } from "./actor-candidate.ts";
import { NEVER_NAME_WORDS } from "./lexicon.ts";
import { NATIONALITY, isRoleWord } from "./roles.ts";
import { isJoined, isSentenceStart, type Token } from "./tokens.ts";

const MAX_WORDS = 4;

function isPhraseWord(token: Token): boolean {
  return (
    token.isCapitalized &&
    !token.isPossessive &&
    !NEVER_NAME_WORDS.has(token.word) &&
    !isRoleWord(token.word)
  );
}

/** The capitalised words right before a lower-case role noun, or null. */
function findPhraseBefore(
  tokens: readonly Token[],
  roleIndex: number,
): readonly [number, number] | null {
  let first = roleIndex;
  while (
    first > 0 &&
    roleIndex - first < MAX_WORDS &&
    isJoined(tokens[first] as Token) &&
    isPhraseWord(tokens[first - 1] as Token)
  )
    first -= 1;
  if (first === roleIndex) return null;
  const isOneWord = first === roleIndex - 1;
  const word = (tokens[first] as Token).word;
  // A lone word opening the sentence may be capitalised only for that ("Press secretary …").
  const isDoubtful =
    isSentenceStart(tokens[first] as Token, tokens[first - 1]) && !/^\p{Lu}+$/u.test(word);
  return isOneWord && (NATIONALITY.test(word) || word.includes(".") || isDoubtful)
    ? null
    : [first, roleIndex - 1];
}

export const extractRoleOrganizations: ActorExtractor = {
  name: "role-organization",
  extract: ({ passage }, tokens) => {
    const found: ActorCandidate[] = [];
    tokens.forEach((token, index) => {
      if (token.isCapitalized || !isRoleWord(token.word)) return;
      const phrase = findPhraseBefore(tokens, index);
      if (!phrase) return;
      const start = (tokens[phrase[0]] as Token).start;
      const end = (tokens[phrase[1]] as Token).wordEnd;
      const evidence = passage.text.slice(start, token.end);
      found.push(
        createOrganizationCandidate({ passage, start, end, evidence, source: "role-organization" }),
      );
    });
    return found;
  },
};
