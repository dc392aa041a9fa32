/** Builds an `Article` for extraction tests without ingest: blank-line-separated blocks become ¶p1…pN. */
import type { Article, Curation } from "../../src/model/article.ts";

export interface FixtureOptions {
  readonly title?: string;
  readonly published?: string | null;
  readonly author?: string | null;
  readonly curation?: Curation;
}

const EMPTY_CURATION: Curation = { aliases: {}, stances: {} };

/** Splits `text` on blank lines into paragraph passages p1..pn. */
export function buildFixtureArticle(text: string, options: FixtureOptions = {}): Article {
  const blocks = text
    .split(/\r?\n\s*\r?\n/u)
    .map((block) => block.replace(/\s*\r?\n\s*/gu, " ").trim())
    .filter((block) => block.length > 0);
  return {
    id: "fixture",
    fileName: "fixture.txt",
    title: options.title ?? "Fixture article",
    author: options.author ?? null,
    published: options.published === undefined ? "2023-11-17" : options.published,
    source: null,
    url: null,
    section: null,
    format: "text",
    passages: blocks.map((block, index) => ({
      id: `p${index + 1}`,
      n: index + 1,
      kind: "paragraph",
      text: block,
    })),
    curation: options.curation ?? EMPTY_CURATION,
    warnings: [],
  };
}
