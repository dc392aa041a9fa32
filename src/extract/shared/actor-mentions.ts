/** Which actors a piece of text mentions, by canonical name. */
import type { Actor } from "../../model/analysis.ts";

interface Occurrence {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

const isWordCharacter = (character: string | undefined): boolean =>
  character !== undefined && /[\p{L}\p{N}]/u.test(character);

/**
 * Canonical names of actors whose name or any alias occurs in `text` as whole words
 * (case-sensitive); where forms overlap the longest wins ("Biden administration" over "Biden").
 * In order of first occurrence, each once.
 */
export function findActorsIn(text: string, actors: readonly Actor[]): string[] {
  const occurrences: Occurrence[] = [];
  for (const actor of actors) {
    for (const form of new Set([actor.name, ...actor.aliases])) {
      if (form.trim() === "") continue;
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        const end = at + form.length;
        const isWhole = !isWordCharacter(text[at - 1]) && !isWordCharacter(text[end]);
        // A form ending in "." ("Mr.") is whole at its end already.
        if (isWhole || (!isWordCharacter(text[at - 1]) && form.endsWith(".")))
          occurrences.push({ start: at, end, name: actor.name });
      }
    }
  }
  const kept: Occurrence[] = [];
  const byLength = [...occurrences].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  for (const occurrence of byLength) {
    if (!kept.some((other) => occurrence.start < other.end && other.start < occurrence.end))
      kept.push(occurrence);
  }
  const names = kept.sort((a, b) => a.start - b.start).map((occurrence) => occurrence.name);
  return [...new Set(names)];
}
