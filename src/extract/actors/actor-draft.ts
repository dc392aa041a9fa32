/** An actor being assembled by the refiners: candidates merged, mentions not yet collected. */
import type { ActorKind } from "../../model/analysis.ts";
import type { ActorCandidate } from "./actor-candidate.ts";

export interface ActorDraft {
  readonly name: string;
  readonly kind: ActorKind;
  readonly role: string | null;
  readonly organization: string | null;
  readonly aliases: readonly string[];
  readonly candidates: readonly ActorCandidate[];
}

/** Name words without honorifics: "Mr. Miller" → ["Miller"]. */
export function splitNameWords(name: string): readonly string[] {
  return name.split(/\s+/u).filter((word) => word.length > 0);
}

/** The family name with its particles: "von der Leyen" in "Ursula von der Leyen", "Miller" in "Matt Miller". */
export function surnameOf(words: readonly string[]): string {
  let first = words.length - 1;
  while (first > 1 && /^\p{Ll}+$/u.test(words[first - 1] ?? "")) first -= 1;
  return words.slice(Math.max(first, 0)).join(" ");
}

export function draftFromCandidate(candidate: ActorCandidate): ActorDraft {
  return { ...candidate, candidates: [candidate] };
}

/** Adds a candidate to a draft; the first role found in reading order is kept. */
export function absorbCandidate(draft: ActorDraft, candidate: ActorCandidate): ActorDraft {
  const aliases = [...draft.aliases, ...candidate.aliases];
  if (candidate.name !== draft.name) aliases.push(candidate.name);
  return {
    ...draft,
    role: draft.role ?? candidate.role,
    organization: draft.organization ?? candidate.organization,
    aliases: [...new Set(aliases)].filter((alias) => alias !== draft.name),
    candidates: [...draft.candidates, candidate],
  };
}

/** Adds many candidates of the draft's own name at once (one pass, however many repeats). */
export function absorbCandidates(
  draft: ActorDraft,
  candidates: readonly ActorCandidate[],
): ActorDraft {
  if (candidates.length === 0) return draft;
  const aliases = new Set(draft.aliases);
  for (const candidate of candidates) for (const alias of candidate.aliases) aliases.add(alias);
  aliases.delete(draft.name);
  return {
    ...draft,
    role: draft.role ?? candidates.find((candidate) => candidate.role !== null)?.role ?? null,
    organization:
      draft.organization ??
      candidates.find((candidate) => candidate.organization !== null)?.organization ??
      null,
    aliases: [...aliases],
    candidates: [...draft.candidates, ...candidates],
  };
}

/** Actor ids: the slug of the canonical name, "matt-miller". */
export function slugifyName(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-|-$/gu, "")
      .toLowerCase() || "actor"
  );
}
