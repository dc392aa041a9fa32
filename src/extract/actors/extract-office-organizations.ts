/** Surface form: an office named after its holder, "Los Angeles Sheriff's office", "Prime Minister's Office". */
import type { ActorCandidate, ActorExtractor } from "./actor-candidate.ts";
import { createOrganizationCandidate } from "./actor-candidate.ts";
import { NEVER_NAME_WORDS, TITLE_WORDS } from "./lexicon.ts";
import { isJoined, type Token } from "./tokens.ts";

/** Words after a holder's possessive that make the phrase a body, in either case. */
const OFFICE_WORDS = new Set(["office", "department"]);
/** Words of the jurisdiction before the title: "Los Angeles", "LA", "Prime". */
const MAX_PLACE_WORDS = 3;

function isPlaceWord(token: Token | undefined): token is Token {
  return (
    token !== undefined &&
    token.isCapitalized &&
    !token.isPossessive &&
    !NEVER_NAME_WORDS.has(token.word) &&
    !TITLE_WORDS.has(token.word)
  );
}

/** The first word of the jurisdiction before a titled possessive, or -1 when there is none. */
function findPlaceStart(tokens: readonly Token[], titleIndex: number): number {
  let first = titleIndex;
  while (
    titleIndex - first < MAX_PLACE_WORDS &&
    isJoined(tokens[first] as Token) &&
    isPlaceWord(tokens[first - 1])
  )
    first -= 1;
  // "the Sheriff's office" alone names no particular office.
  return first === titleIndex ? -1 : first;
}

/** The office named at a holder's possessive ("Sheriff's" in "LA Sheriff's office"): its first and last tokens. */
export function findOfficeAt(
  tokens: readonly Token[],
  index: number,
): readonly [Token, Token] | null {
  const token = tokens[index] as Token;
  const office = tokens[index + 1];
  if (!token.isPossessive || !TITLE_WORDS.has(token.word)) return null;
  if (!office || !isJoined(office) || !OFFICE_WORDS.has(office.word.toLowerCase())) return null;
  const first = findPlaceStart(tokens, index);
  return first < 0 ? null : [tokens[first] as Token, office];
}

export const extractOfficeOrganizations: ActorExtractor = {
  name: "office-organization",
  extract: ({ passage }, tokens) => {
    const found: ActorCandidate[] = [];
    tokens.forEach((_token, index) => {
      const phrase = findOfficeAt(tokens, index);
      if (!phrase) return;
      const [first, office] = phrase;
      const start = first.start;
      const end = office.wordEnd;
      found.push(
        createOrganizationCandidate({ passage, start, end, source: "office-organization" }),
      );
    });
    return found;
  },
};
