/** Finds where actors are named in a text, by any of their forms, longest form first; one pass over the text per call. */
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

/** A trie over the letter-or-digit runs of the forms: "Mr. Miller" is "Mr" → "Miller". */
interface TrieNode {
  readonly children: Map<string, TrieNode>;
  readonly forms: { readonly form: string; readonly actorId: string }[];
}

/** Forms indexed for scanning; build once per set of actors, scan any number of texts. */
export interface MentionIndex {
  readonly root: TrieNode;
}

const RUN = /[\p{L}\p{N}]+/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CAPITALISED_NEXT = /^ \p{Lu}/u;
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}.’']*\s$/u;
/** The most characters between two runs of one form ("Mr. " → ". "); more ends the walk. */
const MAX_SEPARATOR = 3;
/** No name is longer than this many runs; a longer "form" is a run-on phrase, never looked for. */
const MAX_FORM_RUNS = 12;

const createNode = (): TrieNode => ({ children: new Map(), forms: [] });

export function buildMentionIndex(actors: readonly NamedForms[]): MentionIndex {
  const root = createNode();
  for (const actor of actors) {
    for (const form of new Set(actor.forms)) {
      const runs = form.match(RUN);
      if (!runs || runs.length > MAX_FORM_RUNS) continue;
      let node = root;
      for (const run of runs) {
        let child = node.children.get(run);
        if (!child) node.children.set(run, (child = createNode()));
        node = child;
      }
      node.forms.push({ form, actorId: actor.actorId });
    }
  }
  return { root };
}

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

/** The longest form that starts at the run `runs[first]`, walking the trie along the following runs. */
function longestAt(
  text: string,
  runs: readonly RegExpExecArray[],
  first: number,
  root: TrieNode,
): Mention | null {
  let node: TrieNode | undefined = root;
  let best: Mention | null = null;
  const start = (runs[first] as RegExpExecArray).index;
  for (let at = first; at < runs.length && node; at += 1) {
    const run = runs[at] as RegExpExecArray;
    const previous = runs[at - 1];
    if (at > first && previous && run.index - (previous.index + previous[0].length) > MAX_SEPARATOR)
      break;
    node = node.children.get(run[0]);
    for (const { form, actorId } of node?.forms ?? []) {
      const end = start + form.length;
      const isLonger = best === null || end > best.end;
      if (isLonger && text.startsWith(form, start) && isBoundary(text, start, end, form))
        best = { actorId, form, start, end };
    }
  }
  return best;
}

/** Every mention in the text, without overlaps (the longer form wins), in reading order. */
export function findMentionsIn(text: string, index: MentionIndex): readonly Mention[] {
  const runs = [...text.matchAll(RUN)];
  const kept: Mention[] = [];
  for (let first = 0; first < runs.length; first += 1) {
    const mention = longestAt(text, runs, first, index.root);
    if (!mention) continue;
    const last = kept[kept.length - 1];
    if (last && mention.start < last.end) {
      // Overlapping: the longer one stays.
      if (mention.end - mention.start > last.end - last.start) kept[kept.length - 1] = mention;
      continue;
    }
    kept.push(mention);
  }
  return kept;
}

/** The index of a list of forms is kept while the list is alive, so callers that scan passage after passage build it once. */
const indexes = new WeakMap<readonly NamedForms[], MentionIndex>();

/** Every mention, without overlaps (the longer form wins), in reading order. */
export function findMentions(text: string, actors: readonly NamedForms[]): readonly Mention[] {
  let index = indexes.get(actors);
  if (!index) indexes.set(actors, (index = buildMentionIndex(actors)));
  return findMentionsIn(text, index);
}

/** The forms to look for: canonical name and aliases. */
export function formsOf(actor: Actor): NamedForms {
  return { actorId: actor.id, forms: [actor.name, ...actor.aliases] };
}
