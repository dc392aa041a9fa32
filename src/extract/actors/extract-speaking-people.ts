/** Surface form: a bare two-word name that speaks or acts like a person ("Julie Couillard who …", "Tom Devocht"). */
import type { ActorCandidate, ActorExtractor } from "./actor-candidate.ts";
import { findCreditSpans, isInsideAny } from "./credits.ts";
import { COMMON_GIVEN_NAMES, SPEECH_VERBS } from "./lexicon.ts";
import { findNameSpans } from "./person-names.ts";

const PREPOSITIONS = new Set(["at", "in", "from", "of", "for", "with", "by", "to", "on"]);
const PERSON_FOLLOWERS = new Set(["who", "whose", "himself", "herself"]);

export const extractSpeakingPeople: ActorExtractor = {
  name: "speaking-person",
  extract: ({ passage }, tokens) => {
    const credits = findCreditSpans(passage.text);
    const found: ActorCandidate[] = [];
    for (const span of findNameSpans(passage.text, tokens)) {
      if (isInsideAny(credits, span.start)) continue;
      const next = tokens[span.last + 1];
      const nextWord = next && next.gapBefore === " " ? next.word : "";
      const firstWord = tokens[span.first]?.word ?? "";
      // "Analysts at Morgan Stanley said": after a preposition the verb belongs to the noun before.
      const isAfterPreposition = PREPOSITIONS.has(tokens[span.first - 1]?.word ?? "");
      const isPersonLike =
        (SPEECH_VERBS.has(nextWord) && !isAfterPreposition) ||
        PERSON_FOLLOWERS.has(nextWord) ||
        COMMON_GIVEN_NAMES.has(firstWord);
      if (!isPersonLike) continue;
      found.push({
        name: span.name,
        kind: "person",
        role: null,
        organization: null,
        aliases: [],
        passageId: passage.id,
        span: [span.start, span.end],
        evidence: passage.text.slice(span.start, span.end),
        source: "speaking-person",
      });
    }
    return found;
  },
};
