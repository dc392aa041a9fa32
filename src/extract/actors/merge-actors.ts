/** Refiner: merges candidates that name the same actor (full name, surname, acronym, shorter name). */
import type { ActorCandidate } from "./actor-candidate.ts";
import {
  absorbCandidate,
  absorbCandidates,
  draftFromCandidate,
  splitNameWords,
  type ActorDraft,
} from "./actor-draft.ts";

const AMBIGUOUS = -2;

/** Person drafts by each word of their names, so a candidate is compared with the few drafts
 * that share a word with it rather than with every draft (3,000 people stay linear). */
class PersonIndex {
  private readonly byWord = new Map<string, Set<number>>();
  private readonly byFolded = new Map<string, Set<number>>();

  add(index: number, name: string): void {
    for (const word of splitNameWords(name)) {
      addTo(this.byWord, word, index);
      addTo(this.byFolded, foldName(word), index);
    }
  }

  /** Drafts sharing a word with `words`, in draft order (stale entries are re-checked by callers). */
  sharing(words: readonly string[]): number[] {
    const found = new Set<number>();
    for (const word of words) for (const index of this.byWord.get(word) ?? []) found.add(index);
    return [...found].sort((a, b) => a - b);
  }

  sharingFolded(folded: string): number[] {
    return [...(this.byFolded.get(folded) ?? [])].sort((a, b) => a - b);
  }
}

function addTo(map: Map<string, Set<number>>, key: string, index: number): void {
  const set = map.get(key);
  if (set) set.add(index);
  else map.set(key, new Set([index]));
}

function findPersonFor(
  drafts: readonly ActorDraft[],
  people: PersonIndex,
  candidate: ActorCandidate,
): number {
  const words = splitNameWords(candidate.name);
  // Every way of matching below needs a shared word, so only those drafts are read.
  const nearby = people.sharing(words);
  const exact = nearby.find((index) => {
    const draft = drafts[index];
    return draft?.kind === "person" && draft.name === candidate.name;
  });
  if (exact !== undefined) return exact;
  const last = words[words.length - 1] ?? "";
  const matches = nearby.filter((index) => {
    const draft = drafts[index];
    if (draft?.kind !== "person") return false;
    const draftWords = splitNameWords(draft.name);
    if (
      words.length === 1 &&
      (draftWords[0] === last || draftWords[draftWords.length - 1] === last)
    )
      return true;
    const isSuffix =
      draftWords[draftWords.length - 1] === last &&
      words.every((word) => draftWords.includes(word));
    const isPrefix =
      words.length > draftWords.length && draftWords.every((word) => words.includes(word));
    return isSuffix || isPrefix;
  });
  if (matches.length > 1) return AMBIGUOUS;
  return matches.length === 1 ? (matches[0] as number) : -1;
}

/** "Department of Commerce" and "Commerce Department" name one body: both read "commerce department". */
const OF_FORM = /^(\p{Lu}\p{Ll}+) of (?:the )?(\p{Lu}\p{Ll}+)$/u;
const COMPOUND_FORM = /^(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)$/u;

function normalizeOrganization(name: string): string {
  const of = OF_FORM.exec(name);
  if (of) return `${of[2]} ${of[1]}`.toLowerCase();
  return COMPOUND_FORM.test(name) ? name.toLowerCase() : `=${name}`;
}

const LEADING_ACRONYM = /^(\p{Lu}{2,}) (.+)$/u;

/** "LA Sheriff's office" and "Los Angeles Sheriff's office": a leading acronym spells the words it stands for. */
function isAcronymForm(short: string, long: string): boolean {
  const match = LEADING_ACRONYM.exec(short);
  if (!match) return false;
  const [, acronym = "", rest = ""] = match;
  const words = long.split(" ");
  const initials = words.slice(0, acronym.length).map((word) => word.charAt(0));
  return initials.join("") === acronym && words.slice(acronym.length).join(" ") === rest;
}

function findOrganizationFor(drafts: readonly ActorDraft[], candidate: ActorCandidate): number {
  const forms = new Set([candidate.name, ...candidate.aliases]);
  const key = normalizeOrganization(candidate.name);
  return drafts.findIndex((draft) => {
    if (draft.kind !== "organization") return false;
    if (forms.has(draft.name) || draft.aliases.some((alias) => forms.has(alias))) return true;
    if (normalizeOrganization(draft.name) === key) return true;
    if (isAcronymForm(candidate.name, draft.name) || isAcronymForm(draft.name, candidate.name))
      return true;
    const [shorter, longer] =
      draft.name.length < candidate.name.length
        ? [draft.name, candidate.name]
        : [candidate.name, draft.name];
    return splitNameWords(shorter).length >= 2 && longer.endsWith(` ${shorter}`);
  });
}

/** Keeps the longer of two names as the canonical one ("Matt Miller" over "Miller"). */
function mergeInto(draft: ActorDraft, candidate: ActorCandidate): ActorDraft {
  if (candidate.name.length <= draft.name.length) return absorbCandidate(draft, candidate);
  const renamed = absorbCandidate(
    { ...draft, name: candidate.name, aliases: [...draft.aliases, draft.name] },
    candidate,
  );
  return { ...renamed, aliases: renamed.aliases.filter((alias) => alias !== renamed.name) };
}

/** Letters without accents or case: a reporter's "Kovacs" for "Kovács". */
function foldName(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** "Heald said" after "Colette Heald", "said Kovacs" beside "Zoltán Kovács": a bare speaking name taken for an organisation is a person's name. */
function findPersonByNameWord(
  drafts: readonly ActorDraft[],
  people: PersonIndex,
  candidate: ActorCandidate,
): number {
  const isBareName =
    candidate.source === "speaking-organization" || candidate.source === "speaking-person";
  if (!isBareName || candidate.name.includes(" ")) return -1;
  const folded = foldName(candidate.name);
  return (
    people.sharingFolded(folded).find((index) => {
      const draft = drafts[index];
      return (
        draft?.kind === "person" &&
        splitNameWords(draft.name).some((word) => foldName(word) === folded)
      );
    }) ?? -1
  );
}

/** Full names first, so that "Mr. Xi" finds "Xi Jinping" wherever it appears. */
export function mergeCandidates(candidates: readonly ActorCandidate[]): readonly ActorDraft[] {
  const ordered = [...candidates].sort(
    (a, b) => splitNameWords(b.name).length - splitNameWords(a.name).length,
  );
  const drafts: ActorDraft[] = [];
  const people = new PersonIndex();
  // The same name found again is set aside and absorbed once at the end: linear in repeats.
  const byName = new Map<string, number>();
  const repeats: ActorCandidate[][] = [];
  for (const candidate of ordered) {
    const key = `${candidate.kind}\u0000${candidate.name}`;
    const same = byName.get(key);
    if (same !== undefined && drafts[same]?.name === candidate.name) {
      repeats[same]?.push(candidate);
      continue;
    }
    const index =
      candidate.kind === "person"
        ? findPersonFor(drafts, people, candidate)
        : findOrganizationFor(drafts, candidate);
    // "Mr. Clinton" beside Bill and Hillary Clinton: better no actor than a third, invented one.
    if (index === AMBIGUOUS) continue;
    const person = findPersonByNameWord(drafts, people, candidate);
    if (person >= 0) {
      drafts[person] = absorbCandidate(drafts[person] as ActorDraft, candidate);
      continue;
    }
    if (index < 0) {
      byName.set(key, drafts.length);
      repeats.push([]);
      drafts.push(draftFromCandidate(candidate));
    } else drafts[index] = mergeInto(drafts[index] as ActorDraft, candidate);
    const merged = index < 0 ? drafts.length - 1 : index;
    if (drafts[merged]?.kind === "person") people.add(merged, drafts[merged]?.name ?? "");
  }
  return drafts.map((draft, index) => absorbCandidates(draft, repeats[index] ?? []));
}
