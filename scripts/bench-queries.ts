/**
 * The bench's seeded queries, drawn from the generated corpus: /search phrases of 2–5 words with
 * 0–2 typos, /quote topics and speakers, autocomplete prefixes, and a labelled recall set (a
 * passage's own phrase with one typo, where any passage holding that phrase counts as right).
 */
import { tokenizeWords } from "../src/knowledge-base/fuzzy-words.ts";
import type { BenchArticle } from "./bench-corpus.ts";
import type { HardQuery } from "./bench-hard-queries.ts";
import { addTypo, createRandom, pick, type Random } from "./bench-random.ts";

export interface LabelledQuery {
  readonly query: string;
  /** The phrase's normalised words, space-joined: a right answer's words contain it. */
  readonly phrase: string;
}

export interface QuerySet {
  /** Harder labelled queries, by kind (bench-hard-queries.ts). */
  readonly hard: readonly HardQuery[];
  /** Untimed inputs run first, sharing no word with the timed ones (makeWarmup). */
  readonly warmup?: WarmupSet;
  readonly search: readonly string[];
  readonly quoteTopics: readonly string[];
  readonly quoteSpeakers: readonly string[];
  readonly prefixes: readonly string[];
  readonly labelled: readonly LabelledQuery[];
}

const COUNTS = { search: 80, quoteTopics: 30, quoteSpeakers: 20, prefixes: 70, labelled: 100 };
const SHORT_WORDS = new Set(
  "a an and are as at be but by for from has have he her his i in is it its of on or she that the their they this to was were what when where which who why will with not all so we our you had been would there".split(
    " ",
  ),
);

/** The normalised words of a text, space-joined, padded so a phrase matches whole words only. */
export function normalizePhrase(text: string): string {
  return ` ${tokenizeWords(text)
    .map((token) => token.word)
    .join(" ")} `;
}

function contentWords(text: string): string[] {
  return (text.match(/[A-Za-z][A-Za-z'’-]*/gu) ?? []).filter(
    (word) => word.length >= 4 && !SHORT_WORDS.has(word.toLowerCase()),
  );
}

/** Some words of a text in their order, with up to `typos` of the longer ones misspelt. */
function sampleWords(
  random: Random,
  words: readonly string[],
  count: number,
  typos: number,
): string {
  const start = Math.floor(random() * Math.max(1, words.length - count * 3));
  const chosen = words.slice(start, start + count * 3).filter(() => random() < 0.5);
  const picked = (chosen.length >= count ? chosen : words.slice(start, start + count)).slice(
    0,
    count,
  );
  let left = typos;
  return picked
    .map((word) =>
      left > 0 && word.length >= 5 && random() < 0.7 ? (left--, addTypo(random, word)) : word,
    )
    .join(" ");
}

function quotedTexts(article: BenchArticle): string[] {
  return article.passages.flatMap((passage) => {
    const match = /^“([^”]+),”/u.exec(passage);
    return match?.[1] === undefined ? [] : [match[1]];
  });
}

/** A phrase of 3–5 consecutive words holding at least two content words, one of them misspelt. */
function labelPassage(random: Random, passage: string): LabelledQuery | null {
  const tokens = [...passage.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)];
  for (let attempt = 0; attempt < 8; attempt++) {
    const length = 3 + Math.floor(random() * 3);
    const start = Math.floor(random() * Math.max(1, tokens.length - length));
    const slice = tokens.slice(start, start + length).map((match) => match[0]);
    const long = slice.filter(
      (word) => /^[A-Za-z]{5,}$/u.test(word) && !SHORT_WORDS.has(word.toLowerCase()),
    );
    if (slice.length < length || long.length === 0 || contentWords(slice.join(" ")).length < 2)
      continue;
    const target = pick(random, long);
    const query = slice.map((word) => (word === target ? addTypo(random, word) : word)).join(" ");
    return { query, phrase: normalizePhrase(slice.join(" ")).trim() };
  }
  return null;
}

function repeat<T>(count: number, make: () => T | null): T[] {
  const made: T[] = [];
  for (let attempt = 0; made.length < count && attempt < count * 20; attempt++) {
    const value = make();
    if (value !== null) made.push(value);
  }
  return made;
}

export interface WarmupSet {
  readonly search: readonly string[];
  readonly quoteTopics: readonly string[];
  readonly prefixes: readonly string[];
}

/** Untimed calls of each kind before the timed ones. */
const WARMUP_CALLS = 40;

/**
 * Inputs for warming up: a running bot has served commands before the one being timed, so its
 * code is compiled by the JIT (the first 20 or so calls of a kind cost 5–20 times a warm one).
 * Drawn from another seed, and any input that shares a word with a timed input is dropped, so
 * warming never fills a cache a timed query then reads.
 */
export function makeWarmup(
  articles: readonly BenchArticle[],
  seed: number,
  timed: Omit<QuerySet, "hard" | "warmup">,
): WarmupSet {
  const wordsOf = (text: string) => tokenizeWords(text).map((token) => token.word);
  const timedWords = new Set(
    [
      ...timed.search,
      ...timed.quoteTopics,
      ...timed.quoteSpeakers,
      ...timed.prefixes,
      ...timed.labelled.map((labelled) => labelled.query),
    ].flatMap(wordsOf),
  );
  const isFresh = (text: string) => wordsOf(text).every((word) => !timedWords.has(word));
  const isFreshPrefix = (text: string) =>
    isFresh(text) && ![...timedWords].some((word) => word.startsWith(wordsOf(text).at(-1) ?? ""));
  const other = generateQueries(articles, seed);
  return {
    search: other.search.filter(isFresh).slice(0, WARMUP_CALLS),
    quoteTopics: other.quoteTopics.filter(isFresh).slice(0, WARMUP_CALLS),
    prefixes: other.prefixes.filter(isFreshPrefix).slice(0, WARMUP_CALLS),
  };
}

/** The same queries for the same corpus and seed. */
export function generateQueries(
  articles: readonly BenchArticle[],
  seed: number,
): Omit<QuerySet, "hard" | "warmup"> {
  const random = createRandom(seed);
  const anyPassage = (): string => pick(random, pick(random, articles).passages);
  const quoted = articles.flatMap(quotedTexts);
  const speakers = articles.flatMap((article) => article.speakers);
  return {
    search: repeat(COUNTS.search, () => {
      const words = contentWords(anyPassage());
      return words.length < 2
        ? null
        : sampleWords(random, words, 2 + Math.floor(random() * 4), Math.floor(random() * 3));
    }),
    quoteTopics: repeat(COUNTS.quoteTopics, () => {
      const words = contentWords(pick(random, quoted));
      return words.length < 2
        ? null
        : sampleWords(random, words, 2 + Math.floor(random() * 2), Math.floor(random() * 2));
    }),
    quoteSpeakers: repeat(COUNTS.quoteSpeakers, () => {
      const name = pick(random, speakers);
      return random() < 0.5 ? name : (name.split(" ").at(-1) ?? name);
    }),
    prefixes: repeat(COUNTS.prefixes, () => {
      const name = pick(random, speakers);
      const part = random() < 0.3 ? name : pick(random, name.split(" "));
      return part.slice(0, 1 + Math.floor(random() * Math.min(8, part.length)));
    }),
    labelled: repeat(COUNTS.labelled, () => labelPassage(random, anyPassage())),
  };
}
