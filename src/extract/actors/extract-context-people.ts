/** Surface form: a bare name whose syntax shows a person ("goalkeeper X", "Korea's X", "X missed", "replaced by X", "X of the Labour Party"). */
import {
  createPersonCandidate,
  createPersonFromSpan,
  type ActorCandidate,
  type ActorExtractor,
} from "./actor-candidate.ts";
import { findCreditSpans, isInsideAny } from "./credits.ts";
import {
  hasDescriptorBefore,
  hasOrganizationAfter,
  hasOwnerBefore,
  findInitialledAuthors,
  hasSyllableGivenName,
  isAfterGroupNoun,
  isAppositiveOfRole,
  hasVerbAfter,
  isPassiveAgent,
  isPossessiveOfNoun,
} from "./person-context.ts";
import { findNameSpans, type NameSpan } from "./person-names.ts";
import { isRoleWord } from "./roles.ts";
import type { Token } from "./tokens.ts";

/** "the Budweiser Man of the Match": a name shape after an article names a thing. */
const ARTICLES = new Set(["the", "a", "an", "The", "A", "An"]);
const THING_ADJECTIVES = new Set(["new", "latest", "upcoming", "classic", "popular", "famous"]);
/** Court and police reports: "X, of no fixed address, is due …", "X, aged 24, was charged". */
const COURT_APPOSITIVE = /^,\s(?:(?:\d{1,3},\s)?of no fixed (?:address|abode)\b|aged \d{1,3}\b)/u;
const COURT_REACH = 40;

function isPersonInContext(text: string, tokens: readonly Token[], span: NameSpan): boolean {
  const before = tokens[span.first - 1]?.word ?? "";
  // "her new Epic Mickey costume": a name shape after an article or a "new" names a thing.
  if (ARTICLES.has(before) || THING_ADJECTIVES.has(before)) return false;
  if (isAfterGroupNoun(tokens, span)) return false;
  // "Environment Canada spokesperson": a name before a role noun is the organisation of the role.
  const next = tokens[span.last + 1];
  if (next && !next.isCapitalized && isRoleWord(next.word)) return false;
  return (
    hasDescriptorBefore(tokens, span) ||
    hasOwnerBefore(text, tokens, span) ||
    hasVerbAfter(tokens, span) ||
    hasSyllableGivenName(tokens, span) ||
    isAppositiveOfRole(text, tokens, span) ||
    isPassiveAgent(tokens, span) ||
    hasOrganizationAfter(tokens, span) ||
    isPossessiveOfNoun(tokens, span) ||
    COURT_APPOSITIVE.test(text.slice(span.end, span.end + COURT_REACH))
  );
}

export const extractContextPeople: ActorExtractor = {
  name: "context-person",
  extract: ({ passage }, tokens) => {
    const credits = findCreditSpans(passage.text);
    const found: ActorCandidate[] = [];
    for (const span of findNameSpans(passage.text, tokens)) {
      if (isInsideAny(credits, span.start) || !isPersonInContext(passage.text, tokens, span))
        continue;
      found.push(createPersonFromSpan(passage, span, "context-person"));
    }
    for (const [start, end] of findInitialledAuthors(tokens))
      found.push(
        createPersonCandidate({
          passage,
          name: passage.text.slice(start, end),
          start,
          end,
          source: "context-person",
        }),
      );
    return found;
  },
};
