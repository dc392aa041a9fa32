/** Refiners over found date candidates: drop overlaps, take in prepositions. */
import type { DateCandidate, DateRefiner } from "./date-mention.ts";

/**
 * The longest expression wins an overlap ("Nov. 16, 2023" over "Nov. 16" and "2023"); between
 * equals, the earlier extractor wins, as candidates arrive in extractor order.
 */
export const dropOverlappingDates: DateRefiner = (_scene, candidates) => {
  const byStrength = candidates
    .map((candidate, rank) => ({ candidate, rank }))
    .sort(
      (a, b) =>
        length(b.candidate) - length(a.candidate) ||
        a.rank - b.rank ||
        a.candidate.span[0] - b.candidate.span[0],
    );
  // One flag per character taken, so each check reads only its own span: linear in the text,
  // where comparing every pair of expressions was quadratic in their number.
  const end = candidates.reduce((most, candidate) => Math.max(most, candidate.span[1]), 0);
  const isTaken = new Uint8Array(end);
  const kept: DateCandidate[] = [];
  for (const { candidate } of byStrength) {
    const [from, to] = candidate.span;
    if (isTaken.subarray(from, to).includes(1)) continue;
    isTaken.fill(1, from, to);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.span[0] - b.span[0]);
};

const length = (candidate: DateCandidate): number => candidate.span[1] - candidate.span[0];

// "on Thursday", "in 2020": the preposition belongs to the expression as a reader quotes it.
const PREPOSITION_BEFORE =
  /(?<![\p{L}\p{N}])(?:[Oo]n|[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Ff]rom|[Dd]uring|[Bb]efore|[Aa]fter|[Aa]s of|[Ee]arly|[Ll]ate) $/u;

/** Extends each expression back over a preposition right before it. */
export const attachPrepositions: DateRefiner = ({ text }, candidates) =>
  candidates.map((candidate) => {
    const before = text.slice(Math.max(0, candidate.span[0] - 8), candidate.span[0]);
    const match = PREPOSITION_BEFORE.exec(before);
    if (match === null) return candidate;
    const start = candidate.span[0] - match[0].length;
    return {
      ...candidate,
      expression: text.slice(start, candidate.span[1]),
      span: [start, candidate.span[1]],
    };
  });
