/** Sentence subjects that are no actor mention: a speaking name nobody was found for, "The judge" for the one judge. */
import type { Actor } from "../../model/analysis.ts";
import type { Mention } from "../actors/find-mentions.ts";
import { IRREGULAR_PAST, NEVER_NAME_WORDS, ROLE_NOUNS, SPEECH_VERBS } from "../actors/lexicon.ts";

/** A subject the actor list does not know: "Tran said …" when no actor is called "Tran". */
export const UNKNOWN_SUBJECT = "";
/** One to three capitalised words and a speech verb at a sentence start: "Tran said", "Okafor-Reid told". */
const NAME_THEN_VERB = /^(\p{Lu}[\p{L}’'-]*)(?:\s\p{Lu}[\p{L}’'-]*){0,2}\s(\p{Ll}+)\b/u;

/** Whether a sentence opens with a name nobody was found for, speaking: "he" after it is not an earlier person. */
export function opensWithUnknownSpeaker(
  text: string,
  start: number,
  mentions: readonly Mention[],
  lowerWords: ReadonlySet<string>,
): boolean {
  const match = NAME_THEN_VERB.exec(text.slice(start, start + 80));
  const word = match?.[1] ?? "";
  if (!match || NEVER_NAME_WORDS.has(word) || !SPEECH_VERBS.has(match[2] ?? "")) return false;
  // "Residents said": a word the article also writes in lower case is a common noun, not a name.
  if (lowerWords.has(word.toLowerCase())) return false;
  return !mentions.some((mention) => mention.start < start + match[0].length);
}

/** "The judge ruled": a role noun and its verb opening a sentence. */
const ROLE_THEN_VERB = /^The (\p{Ll}+) (\p{Ll}+)\b/u;
/** Role nouns that name the same office: a "Justice" is "the judge". */
const ROLE_SYNONYMS: Readonly<Record<string, string>> = { justice: "judge" };

/**
 * The one person whose role holds each role noun ("Justice" → judge, "barrister"); a noun two
 * people share maps to nobody, so "the judge" never guesses between them. Built once per article.
 */
export function indexRoleHolders(actors: readonly Actor[]): ReadonlyMap<string, string | null> {
  const holders = new Map<string, string | null>();
  for (const actor of actors) {
    if (actor.kind !== "person" || !actor.role) continue;
    const nouns = new Set(
      (actor.role.toLowerCase().match(/\p{L}+/gu) ?? [])
        .filter((word) => ROLE_NOUNS.has(word))
        .map((word) => ROLE_SYNONYMS[word] ?? word),
    );
    for (const noun of nouns) holders.set(noun, holders.has(noun) ? null : actor.id);
  }
  return holders;
}

/** "The judge questioned …": the person who holds that role, when the sentence names no subject. */
export function findRoleSubject(
  text: string,
  start: number,
  roleHolders: ReadonlyMap<string, string | null>,
): string | null {
  const match = ROLE_THEN_VERB.exec(text.slice(start, start + 60));
  const verb = match?.[2] ?? "";
  const isVerb = /\p{Ll}ed$/u.test(verb) || IRREGULAR_PAST.has(verb) || SPEECH_VERBS.has(verb);
  if (!match || !isVerb) return null;
  const noun = match[1] ?? "";
  return roleHolders.get(ROLE_SYNONYMS[noun] ?? noun) ?? null;
}
