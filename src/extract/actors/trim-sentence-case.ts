/** Candidate refiner: "Pan-democrat Lam Cheuk-ting" opening a sentence is "Lam Cheuk-ting" when the article writes "pan-democrat" in lower case elsewhere. */
import type { Passage } from "../../model/article.ts";
import type { ActorCandidate } from "./actor-candidate.ts";
import { splitNameWords } from "./actor-draft.ts";

const MIN_WORDS = 3;
/** What stands before a sentence's first word: nothing, or an end mark and space (bounded look-back). */
const SENTENCE_START_BEFORE = /(?:^|[.!?]["”’]?\s+|["“]\s*)$/u;
const LOOK_BACK = 4;

export function trimSentenceCaseWords(
  candidates: readonly ActorCandidate[],
  passages: readonly Passage[],
  lowerCaseWords: ReadonlySet<string>,
): readonly ActorCandidate[] {
  const texts = new Map(passages.map((passage) => [passage.id, passage.text]));
  return candidates.map((candidate) => {
    const words = splitNameWords(candidate.name);
    const first = words[0] ?? "";
    if (candidate.kind !== "person" || words.length < MIN_WORDS) return candidate;
    const text = texts.get(candidate.passageId) ?? "";
    const at = text.indexOf(candidate.name, candidate.span[0]);
    const before = text.slice(Math.max(0, at - LOOK_BACK), at);
    if (at < 0 || !SENTENCE_START_BEFORE.test(before)) return candidate;
    if (!lowerCaseWords.has(first.toLowerCase())) return candidate;
    return { ...candidate, name: candidate.name.slice(first.length).trimStart() };
  });
}
