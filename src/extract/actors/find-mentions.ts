/** Finds where actors are named in a text, by any of their forms, longest form first. */
import type { Actor } from "../../model/analysis.ts";
import { TITLE_WORDS } from "./lexicon.ts";

export interface Mention {
  readonly actorId: string;
  readonly form: string;
  readonly start: number;
  readonly end: number;
}

export interface NamedForms {
  readonly actorId: string;
  readonly forms: readonly string[];
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CAPITALISED_NEXT = /^ \p{Lu}/u;

const CAPITALISED_BEFORE = /\p{Lu}[\p{L}.’']*\s$/u;

function isBoundary(text: string, start: number, end: number, form: string): boolean {
  if (start > 0 && LETTER_OR_DIGIT.test(text[start - 1] ?? "")) return false;
  // A title form inside a longer title is not that form: "Minister Rishi Sunak" in "Prime Minister Rishi Sunak".
  if (
    TITLE_WORDS.has(form.split(" ")[0] ?? "") &&
    CAPITALISED_BEFORE.test(text.slice(Math.max(0, start - 20), start))
  )
    return false;
  if (LETTER_OR_DIGIT.test(text[end] ?? "")) return false;
  // A lone surname followed by another capitalised word is part of a longer name ("Johnson Space Center").
  return form.includes(" ") || !CAPITALISED_NEXT.test(text.slice(end, end + 3));
}

function findForm(text: string, form: string, actorId: string): readonly Mention[] {
  const found: Mention[] = [];
  if (form.length === 0) return found;
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    if (isBoundary(text, at, at + form.length, form))
      found.push({ actorId, form, start: at, end: at + form.length });
  }
  return found;
}

/** Every mention, without overlaps (the longer form wins), in reading order. */
export function findMentions(text: string, actors: readonly NamedForms[]): readonly Mention[] {
  const all = actors.flatMap((actor) =>
    actor.forms.flatMap((form) => findForm(text, form, actor.actorId)),
  );
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const mention of all) {
    if (!kept.some((other) => mention.start < other.end && other.start < mention.end))
      kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The forms to look for: canonical name and aliases. */
export function formsOf(actor: Actor): NamedForms {
  return { actorId: actor.id, forms: [actor.name, ...actor.aliases] };
}
