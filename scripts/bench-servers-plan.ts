/** What the many-servers bench asks: /search queries on random servers, and pages to add. */
import { generateCorpus } from "./bench-corpus.ts";
import { createRandom, pick, type Random } from "./bench-random.ts";
import { renderAddPage, type AddPage } from "./bench-servers-page.ts";
import { guildIdOf, poolIndicesOf, type PoolArticle } from "./bench-servers-seed.ts";
import type { SourceDocument } from "./bench-sources.ts";

export const ARTICLES_PER_SERVER = 20;
/** ≈ 2,000 words: 27 passages of 30–120 words. */
const ADD_PASSAGES = 27;

/** 3–4 consecutive longer words of one of the server's own passages. */
function ownQuery(random: Random, pool: readonly PoolArticle[], server: number): string {
  const own = poolIndicesOf(server, ARTICLES_PER_SERVER, pool.length).flatMap((index) => {
    const article = pool[index];
    return article === undefined ? [] : [article];
  });
  const passage = pick(random, pick(random, own).passages);
  const words = passage.split(" ").filter((word) => /^[A-Za-z]{4,}$/u.test(word));
  const start = Math.floor(random() * Math.max(1, words.length - 4));
  return words.slice(start, start + 3 + Math.floor(random() * 2)).join(" ");
}

/** Each query on a server drawn at random, so the LRU cache builds and drops views. */
export function makeQueries(
  pool: readonly PoolArticle[],
  servers: number,
  count: number,
  seed: number,
): { guildId: string; query: string }[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => {
    const server = Math.floor(random() * servers);
    return { guildId: guildIdOf(server), query: ownQuery(random, pool, server) };
  });
}

/** `count` pages, spread evenly over the servers. */
export function makeAddPages(
  sources: readonly SourceDocument[],
  servers: number,
  count: number,
  seed: number,
): (AddPage & { guildId: string })[] {
  const texts = generateCorpus(sources, count * ADD_PASSAGES, seed).flatMap(
    (article) => article.passages,
  );
  return Array.from({ length: count }, (_, index) => ({
    ...renderAddPage(index, texts.slice(index * ADD_PASSAGES, (index + 1) * ADD_PASSAGES)),
    guildId: guildIdOf(Math.floor((index * servers) / count)),
  }));
}
