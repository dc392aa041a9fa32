/**
 * Harder labelled queries for recall@5, by kind: two typos; words that each occur in thousands of
 * passages; a speaker's name with the words they said; and needles, a phrase around a word that
 * occurs once in the whole corpus (one right passage among all of them), with that word misspelt.
 */
import type { BenchArticle } from "./bench-corpus.ts";
import { normalizePhrase, type LabelledQuery } from "./bench-queries.ts";
import { addTypo, createRandom, pick, type Random } from "./bench-random.ts";

export type HardKind = "two_typos" | "common_words" | "speaker" | "needle";
export const HARD_KINDS: readonly HardKind[] = ["two_typos", "common_words", "speaker", "needle"];

export interface HardQuery extends LabelledQuery {
  readonly kind: HardKind;
}

const PER_KIND = 25;
const WORD = /[a-z0-9]+(?:['’-][a-z0-9]+)*/gu;
/** Words too short or too common to make a query by themselves (query stop words included). */
const FILLER =
  /^(?:.{1,3}|that|this|with|from|have|were|they|their|there|which|what|when|where|will|would|been)$/u;

function countWords(passages: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const passage of passages) {
    for (const word of passage.toLowerCase().match(WORD) ?? []) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return counts;
}

function tokensOf(passage: string): string[] {
  return passage.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

function label(kind: HardKind, words: readonly string[], query: readonly string[]): HardQuery {
  return { kind, query: query.join(" "), phrase: normalizePhrase(words.join(" ")).trim() };
}

function twoTypos(random: Random, passage: string): HardQuery | null {
  const tokens = tokensOf(passage);
  const start = Math.floor(random() * Math.max(1, tokens.length - 5));
  const slice = tokens.slice(start, start + 5);
  const long = slice.filter((word) => /^[A-Za-z]{6,}$/u.test(word));
  if (slice.length < 5 || long.length < 2) return null;
  const [first, second] = [long[0], long.at(-1)];
  const typed = slice.map((word) =>
    word === first || word === second ? addTypo(random, word) : word,
  );
  return label("two_typos", slice, typed);
}

function commonWords(
  random: Random,
  passage: string,
  counts: ReadonlyMap<string, number>,
  common: number,
): HardQuery | null {
  const tokens = tokensOf(passage);
  const start = Math.floor(random() * Math.max(1, tokens.length - 4));
  const slice = tokens.slice(start, start + 4);
  const content = slice.filter((word) => !FILLER.test(word.toLowerCase()));
  const isCommon = (word: string): boolean => (counts.get(word.toLowerCase()) ?? 0) >= common;
  if (slice.length < 4 || content.length < 2 || !slice.every(isCommon)) return null;
  return label("common_words", slice, slice);
}

function speaker(random: Random, passage: string): HardQuery | null {
  const match = /^“([^”]+),” (\p{Lu}[\p{L}'’-]+) said\./u.exec(passage);
  if (match?.[1] === undefined || match[2] === undefined) return null;
  const quoted = tokensOf(match[1]).slice(-3);
  if (quoted.length < 3 || random() < 0.2) return null;
  const words = [...quoted, match[2], "said"];
  return label("speaker", words, [match[2], ...quoted]);
}

function needle(
  random: Random,
  passage: string,
  counts: ReadonlyMap<string, number>,
): HardQuery | null {
  const tokens = tokensOf(passage);
  const at = tokens.findIndex(
    (word) => /^[A-Za-z]{6,}$/u.test(word) && counts.get(word.toLowerCase()) === 1,
  );
  if (at < 0) return null;
  const start = Math.max(0, at - 1 - Math.floor(random() * 2));
  const slice = tokens.slice(start, start + 4);
  const target = tokens[at];
  return label(
    "needle",
    slice,
    slice.map((word) => (word === target ? addTypo(random, word) : word)),
  );
}

/** PER_KIND queries of each kind, the same for the same corpus and seed. */
export function generateHardQueries(articles: readonly BenchArticle[], seed: number): HardQuery[] {
  const random = createRandom(seed);
  const passages = articles.flatMap((article) => article.passages);
  const counts = countWords(passages);
  const common = Math.max(20, Math.floor(passages.length / 100));
  const makers: Record<HardKind, (passage: string) => HardQuery | null> = {
    two_typos: (passage) => twoTypos(random, passage),
    common_words: (passage) => commonWords(random, passage, counts, common),
    speaker: (passage) => speaker(random, passage),
    needle: (passage) => needle(random, passage, counts),
  };
  return HARD_KINDS.flatMap((kind) => {
    const made: HardQuery[] = [];
    for (let attempt = 0; made.length < PER_KIND && attempt < PER_KIND * 400; attempt++) {
      const query = makers[kind](pick(random, passages));
      if (query !== null) made.push(query);
    }
    return made;
  });
}
