/** The organisation a role names: "Atlantic Council" in "senior fellow at the Atlantic Council". */
import { findOfficeAt } from "./extract-office-organizations.ts";
import { ORG_WORDS, PLACE_ACRONYMS } from "./lexicon.ts";
import { NATIONALITY, isRoleWord } from "./roles.ts";
import { isPluralPossessiveJoin, tokenize, type Token } from "./tokens.ts";

const CONNECTORS = new Set(["of", "for", "the", "to", "and", "at", "on", "&"]);

/** The first organisation a role names: "Atlantic Council", "State Department", "NASA". */
export function findOrganizationIn(role: string): string | null {
  const tokens = tokenize(role);
  // Before the loop, which would stop at the lone "Office" of "Ohio Governor's Office".
  const office = findOfficeIn(role, tokens);
  if (office) return office;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    if (!token.isCapitalized || isRoleWord(token.word)) continue;
    let last = index;
    let orgEnd = -1;
    while (last < tokens.length) {
      const current = tokens[last] as Token;
      if (ORG_WORDS.has(current.word)) orgEnd = last;
      const next = tokens[last + 1];
      // "president of the Harwell Students' Union": a plural possessive joins its organisation word.
      const isJoinedPossessive =
        next !== undefined && isPluralPossessiveJoin(current, next) && ORG_WORDS.has(next.word);
      if (current.isPossessive || !next || (next.gapBefore !== " " && !isJoinedPossessive)) break;
      if (!next.isCapitalized) {
        // "Joint Council for the Welfare of Immigrants": connectors may follow one another.
        let after = last + 1;
        while (CONNECTORS.has(tokens[after]?.word ?? "")) after += 1;
        if (after === last + 1 || !tokens[after]?.isCapitalized) break;
        last = after - 1;
      }
      last += 1;
    }
    if (orgEnd >= 0) {
      const hasComplement = orgEnd < last && CONNECTORS.has(tokens[orgEnd + 1]?.word ?? "");
      return role.slice(token.start, (tokens[hasComplement ? last : orgEnd] as Token).wordEnd);
    }
    if (
      token.isAcronym &&
      !token.word.includes(".") &&
      !PLACE_ACRONYMS.has(token.word) &&
      !isRoleWord(token.word)
    )
      return token.word;
    index = last;
  }
  return findPhraseBeforeRoleNoun(role, tokens);
}

/** "representative for the LA Sheriff's office": an office named after its holder. */
function findOfficeIn(role: string, tokens: readonly Token[]): string | null {
  for (let index = 0; index < tokens.length; index += 1) {
    const office = findOfficeAt(tokens, index);
    if (office) return role.slice(office[0].start, office[1].wordEnd);
  }
  return null;
}

/** "Environment Canada spokeswoman": the capitalised words before a final lower-case role noun. */
function findPhraseBeforeRoleNoun(role: string, tokens: readonly Token[]): string | null {
  const last = tokens[tokens.length - 1];
  if (!last || last.isCapitalized || !isRoleWord(last.word)) return null;
  let first = tokens.length - 1;
  while (
    first > 0 &&
    (tokens[first - 1] as Token).isCapitalized &&
    !(tokens[first - 1] as Token).isPossessive
  )
    first -= 1;
  const phrase = tokens.slice(first, -1);
  const start = phrase[0];
  const end = phrase[phrase.length - 1];
  const isAdjective =
    phrase.length === 1 && (NATIONALITY.test(start?.word ?? "") || start?.word.includes("."));
  return start && end && !isAdjective ? role.slice(start.start, end.wordEnd) : null;
}
