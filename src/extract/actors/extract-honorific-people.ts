/** Surface form: an honorific before a surname, "Mr. Miller", "Ms. Asat", "Dr. Smith". */
import {
  createPersonCandidate,
  type ActorCandidate,
  type ActorExtractor,
} from "./actor-candidate.ts";

/** Honorific, then one or two capitalised words; bounded, so linear. */
const HONORIFIC_NAME =
  /\b(?:Mr|Mrs|Ms|Dr|Mx|Prof)\.?\s(\p{Lu}[\p{L}’'-]{1,30}(?:\s\p{Lu}[\p{L}’'-]{1,30})?)/gu;
const POSSESSIVE_END = /[’']s?$/u;
/**
 * "Dame Philippa Oyelaran-Hughes", "Sir Keir Starmer": a knight's honorific goes before the given
 * name, so a given name and a surname must both follow; "Lord Mayor", "Lady Justice" are offices.
 */
const KNIGHTED_NAME =
  /\b(?:Sir|Dame|Lord|Lady)\s(?!(?:Mayor|Justice|Chancellor|Chief|Speaker|President|Lieutenant|Provost)\b)(\p{Lu}\p{Ll}[\p{L}’'-]{0,30}\s\p{Lu}[\p{L}’'-]{1,30})/gu;

export const extractHonorificPeople: ActorExtractor = {
  name: "honorific-person",
  extract: ({ passage }) => {
    const found: ActorCandidate[] = [];
    const matches = [
      ...passage.text.matchAll(HONORIFIC_NAME),
      ...passage.text.matchAll(KNIGHTED_NAME),
    ];
    for (const match of matches) {
      const name = (match[1] ?? "").replace(POSSESSIVE_END, "");
      const end = match.index + match[0].length - ((match[1] ?? "").length - name.length);
      found.push(
        createPersonCandidate({
          passage,
          name,
          start: match.index,
          end,
          source: "honorific-person",
          aliases: [passage.text.slice(match.index, end)],
        }),
      );
    }
    return found;
  },
};
