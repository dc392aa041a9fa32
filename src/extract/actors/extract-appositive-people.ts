/** Surface form: a name with an appositive, "Rayhan Asat, a human rights lawyer …" or "Daniel Montalvo, 19, …". */
import {
  createPersonCandidate,
  type ActorCandidate,
  type ActorExtractor,
} from "./actor-candidate.ts";
import { findCreditSpans, isInsideAny } from "./credits.ts";
import { isAfterGroupNoun } from "./person-context.ts";
import { findNameSpans } from "./person-names.ts";
import { findOrganizationIn } from "./role-organization.ts";
import { findAppositiveAfter } from "./roles.ts";

const AGE_ONLY = /^\d+$/u;

export const extractAppositivePeople: ActorExtractor = {
  name: "appositive-person",
  extract: ({ passage }, tokens) => {
    const credits = findCreditSpans(passage.text);
    const found: ActorCandidate[] = [];
    for (const span of findNameSpans(passage.text, tokens)) {
      if (isInsideAny(credits, span.start) || isAfterGroupNoun(tokens, span)) continue;
      const appositive = findAppositiveAfter(passage.text, span.end);
      if (!appositive) continue;
      const role = AGE_ONLY.test(appositive.role) ? null : appositive.role;
      found.push(
        createPersonCandidate({
          passage,
          name: span.name,
          start: span.start,
          end: appositive.end,
          source: "appositive-person",
          role,
          organization: role ? findOrganizationIn(role) : null,
        }),
      );
    }
    return found;
  },
};
