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
  /**
   * Forms that also count after one of the given words and a space ("President" + "Biden"): the
   * mention's form is then "President Biden". Kept apart from `forms` so a title is looked up once
   * in the text, never multiplied into every name (60 titles × 12,000 names is 700 MB of trie).
   */
  readonly prefixed?: readonly PrefixedForms[];
}

export interface PrefixedForms {
  readonly prefixes: ReadonlySet<string>;
  readonly forms: readonly string[];
}

interface IndexedForm {
  readonly form: string;
  readonly actorId: string;
}

interface IndexedPrefixedForm extends IndexedForm {
  readonly prefixes: ReadonlySet<string>;
}

/** A trie over the letter-or-digit runs of the forms: "Mr. Miller" is "Mr" → "Miller". */
interface TrieNode {
  readonly children: Map<string, TrieNode>;
  readonly forms: IndexedForm[];
  readonly prefixed: IndexedPrefixedForm[];
}

/** Forms indexed for scanning; build once per set of actors, scan any number of texts. */
export interface MentionIndex {
  readonly root: TrieNode;
  /** Every prefix word any actor's forms may follow, by its first run ("Sen" → "Sen.", "Sen"). */
  readonly prefixesByRun: ReadonlyMap<string, readonly string[]>;
}

const RUN = /[\p{L}\p{N}]+/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CAPITALISED_NEXT = /^ \p{Lu}/u;
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}.’']*\s$/u;
/** The most characters between two runs of one form ("Mr. " → ". "); more ends the walk. */
const MAX_SEPARATOR = 3;
/** No name is longer than this many runs; a longer "form" is a run-on phrase, never looked for. */
const MAX_FORM_RUNS = 12;

const createNode = (): TrieNode => ({ children: new Map(), forms: [], prefixed: [] });

/** The trie node a form ends at, made on the way; null for a form that is no name. */
function nodeFor(root: TrieNode, form: string): TrieNode | null {
  const runs = form.match(RUN);
  if (!runs || runs.length > MAX_FORM_RUNS) return null;
  let node = root;
  for (const run of runs) {
    let child = node.children.get(run);
    if (!child) node.children.set(run, (child = createNode()));
    node = child;
  }
  return node;
}

export function buildMentionIndex(actors: readonly NamedForms[]): MentionIndex {
  const root = createNode();
  const prefixes = new Set<string>();
  for (const actor of actors) {
    for (const form of new Set(actor.forms))
      nodeFor(root, form)?.forms.push({ form, actorId: actor.actorId });
    for (const group of actor.prefixed ?? []) {
      for (const prefix of group.prefixes) prefixes.add(prefix);
      for (const form of new Set(group.forms))
        nodeFor(root, form)?.prefixed.push({
          form,
          actorId: actor.actorId,
          prefixes: group.prefixes,
        });
    }
  }
  const prefixesByRun = new Map<string, string[]>();
  for (const prefix of prefixes) {
    const run = prefix.match(RUN)?.[0];
    if (run === undefined) continue;
    const list = prefixesByRun.get(run) ?? [];
    list.push(prefix);
    // The longer spelling is tried first: "Mr." before "Mr".
    list.sort((a, b) => b.length - a.length);
    prefixesByRun.set(run, list);
  }
  return { root, prefixesByRun };
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

/**
 * The longest form that starts at the run `runs[first]`, walking the trie along the following
 * runs. With a `prefix`, only forms that may follow it count, and the mention starts at the
 * prefix, `prefixStart`, with the form "prefix form".
 */
function longestAt(
  text: string,
  runs: readonly RegExpExecArray[],
  first: number,
  root: TrieNode,
  prefix: { readonly word: string; readonly start: number } | null = null,
): Mention | null {
  let node: TrieNode | undefined = root;
  let best: Mention | null = null;
  const formStart = (runs[first] as RegExpExecArray).index;
  const start = prefix?.start ?? formStart;
  for (let at = first; at < runs.length && node; at += 1) {
    const run = runs[at] as RegExpExecArray;
    const previous = runs[at - 1];
    if (at > first && previous && run.index - (previous.index + previous[0].length) > MAX_SEPARATOR)
      break;
    node = node.children.get(run[0]);
    const candidates: readonly (IndexedForm & { prefixes?: ReadonlySet<string> })[] =
      (prefix === null ? node?.forms : node?.prefixed) ?? [];
    for (const candidate of candidates) {
      if (prefix !== null && !candidate.prefixes?.has(prefix.word)) continue;
      const end = formStart + candidate.form.length;
      const form = prefix === null ? candidate.form : `${prefix.word} ${candidate.form}`;
      const isLonger = best === null || end > best.end;
      if (
        isLonger &&
        text.startsWith(candidate.form, formStart) &&
        isBoundary(text, start, end, form)
      )
        best = { actorId: candidate.actorId, form, start, end };
    }
  }
  return best;
}

/** The longest prefixed form ("President Biden") whose prefix word starts at `runs[first]`. */
function longestPrefixedAt(
  text: string,
  runs: readonly RegExpExecArray[],
  first: number,
  index: MentionIndex,
): Mention | null {
  const run = runs[first] as RegExpExecArray;
  for (const word of index.prefixesByRun.get(run[0]) ?? []) {
    const next = runs[first + 1];
    // Exactly one space after the prefix, as in the form "prefix form".
    if (!next || next.index !== run.index + word.length + 1) continue;
    if (!text.startsWith(`${word} `, run.index)) continue;
    const found = longestAt(text, runs, first + 1, index.root, { word, start: run.index });
    if (found) return found;
  }
  return null;
}

/** Every mention in the text, without overlaps (the longer form wins), in reading order. */
export function findMentionsIn(text: string, index: MentionIndex): readonly Mention[] {
  const runs = [...text.matchAll(RUN)];
  const kept: Mention[] = [];
  for (let first = 0; first < runs.length; first += 1) {
    const plain = longestAt(text, runs, first, index.root);
    const prefixed =
      index.prefixesByRun.size > 0 ? longestPrefixedAt(text, runs, first, index) : null;
    const mention = prefixed && (!plain || prefixed.end > plain.end) ? prefixed : plain;
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
