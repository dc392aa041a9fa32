/** Builds the read-only KnowledgeBase over analysed articles. */
import Fuse from "fuse.js";
import type { ArticleEntry, KnowledgeBase, NameDocument, QuoteDocument } from "./knowledge-base.ts";
import { ARTICLE_OPTIONS, NAME_OPTIONS, PASSAGE_OPTIONS, QUOTE_OPTIONS } from "./fuse-options.ts";

/** Indexes passages, quotes, actor names and titles of every entry; entries keep their order. */
export function buildKnowledgeBase(entries: readonly ArticleEntry[]): KnowledgeBase {
  const sorted = [...entries].sort((a, b) => a.article.id.localeCompare(b.article.id));
  const passages = sorted.flatMap(({ article }) =>
    article.passages.map((p) => ({ articleId: article.id, passage: p.id, n: p.n, text: p.text })),
  );
  const quotes: QuoteDocument[] = sorted.flatMap(({ article, analysis }) =>
    analysis.quotes.map((quote) => ({
      articleId: article.id,
      quote,
      text: quote.text,
      speaker: quote.speaker ?? "",
    })),
  );
  const names: NameDocument[] = sorted.flatMap(({ article, analysis }) =>
    analysis.actors.flatMap((actor) =>
      [actor.name, ...actor.aliases].map((name) => ({ articleId: article.id, actor, name })),
    ),
  );
  const titles = sorted.map(({ article }) => ({ articleId: article.id, title: article.title }));
  return Object.freeze({
    entries: Object.freeze(sorted),
    byId: new Map(sorted.map((entry) => [entry.article.id, entry])),
    passages: new Fuse(passages, PASSAGE_OPTIONS),
    quotes: new Fuse(quotes, QUOTE_OPTIONS),
    names: new Fuse(names, NAME_OPTIONS),
    articles: new Fuse(titles, ARTICLE_OPTIONS),
  });
}
