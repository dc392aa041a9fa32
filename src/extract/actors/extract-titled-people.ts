/** Surface form: a title before a name, "State Department spokesperson Matt Miller". */
import {
  createPersonCandidate,
  type ActorCandidate,
  type ActorExtractor,
} from "./actor-candidate.ts";
import { findCreditSpans, isInsideAny } from "./credits.ts";
import { findNameSpans } from "./person-names.ts";
import { findOrganizationIn } from "./role-organization.ts";
import { findRoleBefore } from "./roles.ts";
import { isSentenceStart, type Token } from "./tokens.ts";

const ALL_CAPITALS = /^\p{Lu}+$/u;

/**
 * "Press secretary Karen Jean-Pierre": a lone capitalised word that opens the sentence may be
 * capitalised only for that, so it is not taken as an organisation (an acronym still is).
 */
function findRoleOrganization(
  tokens: readonly Token[],
  role: string,
  roleStart: number,
): string | null {
  const organization = findOrganizationIn(role);
  if (organization === null || organization.includes(" ") || ALL_CAPITALS.test(organization))
    return organization;
  const index = tokens.findIndex((token) => token.start === roleStart);
  const isAtStart = index >= 0 && isSentenceStart(tokens[index] as Token, tokens[index - 1]);
  return isAtStart && role.startsWith(organization) ? null : organization;
}

export const extractTitledPeople: ActorExtractor = {
  name: "titled-person",
  extract: ({ passage }, tokens) => {
    const credits = findCreditSpans(passage.text);
    const found: ActorCandidate[] = [];
    for (const span of findNameSpans(passage.text, tokens)) {
      if (isInsideAny(credits, span.start)) continue;
      const role = findRoleBefore(passage.text, tokens, span.first);
      if (!role) continue;
      found.push(
        createPersonCandidate({
          passage,
          name: span.name,
          start: role.start,
          end: span.end,
          source: "titled-person",
          role: role.role,
          organization: findRoleOrganization(tokens, role.role, role.start),
        }),
      );
    }
    return found;
  },
};
