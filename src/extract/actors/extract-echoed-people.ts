/**
 * Surface form across passages: a full name whose surname later speaks alone. "Rosalind
 * Achebe-Thorne unhooks the pontoon" names no role and uses no speech verb, but "…,"
 * Achebe-Thorne says" paragraphs later makes the one-word speaker hers, and so the full name a
 * person's. Only a surname that is itself the subject of a speech verb counts: a word of a
 * name merely repeated ("Radio Ardmore" … "Ardmore") is not enough.
 */
import type { Passage } from "../../model/article.ts";
import { createPersonFromSpan, type ActorCandidate } from "./actor-candidate.ts";
import { ORG_WORDS } from "./lexicon.ts";
import { findNameSpans } from "./person-names.ts";
import type { Token } from "./tokens.ts";

const SPEAKING_SOURCE = "speaking-organization";

/** Full names (two or more words) ending in a one-word name that was found speaking. */
export function extractEchoedPeople(
  candidates: readonly ActorCandidate[],
  passages: readonly { readonly passage: Passage; readonly tokens: readonly Token[] }[],
): readonly ActorCandidate[] {
  const speakingWords = new Set(
    candidates
      .filter(
        (candidate) =>
          candidate.source === SPEAKING_SOURCE &&
          !candidate.name.includes(" ") &&
          !ORG_WORDS.has(candidate.name),
      )
      .map((candidate) => candidate.name),
  );
  if (speakingWords.size === 0) return [];
  const found: ActorCandidate[] = [];
  for (const { passage, tokens } of passages) {
    for (const span of findNameSpans(passage.text, tokens)) {
      if (!speakingWords.has((tokens[span.last] as Token).word)) continue;
      found.push(createPersonFromSpan(passage, span, "echoed-person"));
    }
  }
  return found;
}
