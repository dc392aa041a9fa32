/** Surface forms: "Institute of Forensic Science (IFS)" and a bare acronym such as "NASA". */
import type { ActorCandidate, ActorExtractor } from "./actor-candidate.ts";
import { PLACE_ACRONYMS } from "./lexicon.ts";
import { isRoleWord } from "./roles.ts";
import type { Token } from "./tokens.ts";

const ACRONYM_SHAPE = /^\p{Lu}{2,6}$/u;
const SMALL_WORDS = new Set(["of", "for", "and", "the", "on", "&", "de"]);

function isActorAcronym(token: Token): boolean {
  return (
    token.isAcronym &&
    ACRONYM_SHAPE.test(token.word) &&
    !PLACE_ACRONYMS.has(token.word) &&
    !isRoleWord(token.word)
  );
}

/** The shortest run of words before "(ACR)" whose initials spell the acronym. */
function findExpansion(tokens: readonly Token[], acronymIndex: number): number | null {
  const letters = (tokens[acronymIndex] as Token).word;
  let letter = letters.length - 1;
  for (
    let index = acronymIndex - 1;
    index >= 0 && acronymIndex - index <= letters.length * 3;
    index -= 1
  ) {
    const token = tokens[index] as Token;
    if (index < acronymIndex - 1 && token.isPossessive) return null;
    if (SMALL_WORDS.has(token.word)) continue;
    if (!token.isCapitalized || token.word[0] !== letters[letter]) return null;
    letter -= 1;
    if (letter < 0) return index;
  }
  return null;
}

function candidate(
  name: string,
  aliases: readonly string[],
  passageId: string,
  start: number,
  end: number,
  evidence: string,
): ActorCandidate {
  return {
    name,
    kind: "organization",
    role: null,
    organization: null,
    aliases,
    passageId,
    span: [start, end],
    evidence,
    source: "acronym-organization",
  };
}

export const extractAcronymOrganizations: ActorExtractor = {
  name: "acronym-organization",
  extract: ({ passage }, tokens) => {
    const found: ActorCandidate[] = [];
    tokens.forEach((token, index) => {
      if (!isActorAcronym(token)) return;
      const isParenthesised = token.gapBefore.endsWith("(") && passage.text[token.end] === ")";
      const first = isParenthesised ? findExpansion(tokens, index) : null;
      if (first !== null) {
        const start = (tokens[first] as Token).start;
        const name = passage.text.slice(start, (tokens[index - 1] as Token).wordEnd);
        found.push(
          candidate(
            name,
            [token.word],
            passage.id,
            start,
            token.end + 1,
            passage.text.slice(start, token.end + 1),
          ),
        );
        return;
      }
      const next = tokens[index + 1];
      if (next && next.gapBefore === " " && next.isCapitalized) return;
      found.push(candidate(token.word, [], passage.id, token.start, token.wordEnd, token.word));
    });
    return found;
  },
};
