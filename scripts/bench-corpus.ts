/**
 * A reproducible bench corpus: real English sentences (bench-sources.ts) grouped into passages of
 * 30–120 words and articles of 10–40 passages, with front matter (title, author, date) and quotes
 * attributed to named speakers, so ingest and extraction run on it as on a real library.
 */
import type { SourceDocument } from "./bench-sources.ts";
import { createRandom, pick, shuffle, type Random } from "./bench-random.ts";

export interface BenchArticle {
  readonly fileName: string;
  readonly title: string;
  readonly author: string;
  readonly published: string;
  readonly speakers: readonly string[];
  readonly passages: readonly string[];
}

const FIRST_NAMES =
  "Amara Bruno Carmen Dmitri Elena Farid Grace Hiro Ines Jonas Keiko Liam Maya Nikolai Olga Pavel Quinn Rosa Samir Tara Umar Vera Wen Ximena Yusuf Zofia Aidan Beatriz Chidi Dalia Emil Fatima Gustavo Hana Ivan Jamila Kofi Lena Marco Nadia".split(
    " ",
  );
const LAST_NAMES =
  "Abara Bergstrom Castellano Dubois Eriksen Fontaine Galloway Haddad Ishikawa Jablonski Kowalczyk Lindqvist Moreau Nakamura Okafor Petrov Quintero Rasmussen Sandoval Takahashi Uddin Valdivia Whitaker Xiong Yamamoto Zielinski Albrecht Brennan Chaudhry Delacroix Esposito Fitzgerald Gutierrez Holloway Iglesias Jovanovic Kaminski Lombardi Mahmoud Novak Oyelaran Pellegrini Quarles Romanov Szabo Thorne Ulrich Varga Wojcik Yilmaz".split(
    " ",
  );
const PASSAGE_WORDS = [30, 120] as const;
const ARTICLE_PASSAGES = [10, 40] as const;
const QUOTE_SHARE = 0.3;

function countWords(text: string): number {
  return text.split(" ").length;
}

/** Passages of consecutive sentences; each pass over the sources starts at another offset. */
function* generatePassages(sources: readonly SourceDocument[], random: Random): Generator<string> {
  for (let round = 0; ; round++) {
    const order = shuffle(
      random,
      sources.map((_, index) => index),
    );
    for (const index of order) {
      const sentences = sources[index]?.sentences ?? [];
      let at = round === 0 ? 0 : Math.floor(random() * 4) + 1;
      while (at < sentences.length) {
        const target =
          PASSAGE_WORDS[0] + Math.floor(random() * (PASSAGE_WORDS[1] - PASSAGE_WORDS[0]));
        const parts: string[] = [];
        let words = 0;
        while (at < sentences.length && words < target) {
          const sentence = sentences[at++] ?? "";
          if (words + countWords(sentence) > PASSAGE_WORDS[1]) break;
          parts.push(sentence);
          words += countWords(sentence);
        }
        if (words >= PASSAGE_WORDS[0]) yield parts.join(" ");
      }
    }
  }
}

/** Turns the passage's first sentence into a quotation attributed to a speaker. */
function attributeQuote(passage: string, speaker: string, isFirstMention: boolean): string {
  const match = /^(.+?)[.!?](\s|$)/u.exec(passage);
  if (match === null || /[“”"]/u.test(match[1] ?? "")) return passage;
  const said = isFirstMention ? speaker : (speaker.split(" ").at(-1) ?? speaker);
  const rest = passage.slice(match[0].length).trim();
  return `“${match[1]},” ${said} said.${rest === "" ? "" : ` ${rest}`}`;
}

function formatDate(random: Random): string {
  const day = new Date(Date.UTC(2000, 0, 1) + Math.floor(random() * 9131) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

function titleFrom(passage: string): string {
  const words = passage
    .replace(/[^\p{L}\p{N}\s'-]/gu, "")
    .split(" ")
    .slice(0, 7);
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(" ");
}

/** Exactly `passageCount` passages in articles, the same for the same seed. */
export function generateCorpus(
  sources: readonly SourceDocument[],
  passageCount: number,
  seed: number,
): BenchArticle[] {
  const random = createRandom(seed);
  const passages = generatePassages(sources, random);
  const articles: BenchArticle[] = [];
  let made = 0;
  while (made < passageCount) {
    const size = Math.min(
      passageCount - made,
      ARTICLE_PASSAGES[0] + Math.floor(random() * (ARTICLE_PASSAGES[1] - ARTICLE_PASSAGES[0])),
    );
    const speakers = Array.from(
      { length: 2 + Math.floor(random() * 3) },
      () => `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`,
    );
    const mentioned = new Set<string>();
    const texts = Array.from({ length: size }, () => {
      const text = passages.next().value ?? "";
      if (random() >= QUOTE_SHARE) return text;
      const speaker = pick(random, speakers);
      const quoted = attributeQuote(text, speaker, !mentioned.has(speaker));
      mentioned.add(speaker);
      return quoted;
    });
    const number = String(articles.length + 1).padStart(6, "0");
    articles.push({
      fileName: `bench-${number}.md`,
      title: titleFrom(texts[0] ?? "Untitled"),
      author: `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`,
      published: formatDate(random),
      speakers,
      passages: texts,
    });
    made += size;
  }
  return articles;
}

/** The article as a Markdown file with front matter, one passage per paragraph. */
export function renderArticle(article: BenchArticle): string {
  return [
    "---",
    `title: ${JSON.stringify(article.title)}`,
    `author: ${article.author}`,
    `published: ${article.published}`,
    "source: Roundtable bench corpus",
    "---",
    "",
    ...article.passages.flatMap((passage) => [passage, ""]),
  ].join("\n");
}
