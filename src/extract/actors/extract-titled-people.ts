/** Surface form: a title before a name, "State Department spokesperson Matt Miller". */
import type { ActorCandidate, ActorExtractor } from "./actor-candidate.ts";
import { findCreditSpans, isInsideAny } from "./credits.ts";
import { findNameSpans } from "./person-names.ts";
import { findOrganizationIn, findRoleBefore } from "./roles.ts";

export const extractTitledPeople: ActorExtractor = {
  name: "titled-person",
  extract: ({ passage }, tokens) => {
    const credits = findCreditSpans(passage.text);
    const found: ActorCandidate[] = [];
    for (const span of findNameSpans(passage.text, tokens)) {
      if (isInsideAny(credits, span.start)) continue;
      const role = findRoleBefore(passage.text, tokens, span.first);
      if (!role) continue;
      found.push({
        name: span.name,
        kind: "person",
        role: role.role,
        organization: findOrganizationIn(role.role),
        aliases: [],
        passageId: passage.id,
        span: [role.start, span.end],
        evidence: passage.text.slice(role.start, span.end),
        source: "titled-person",
      });
    }
    return found;
  },
};
