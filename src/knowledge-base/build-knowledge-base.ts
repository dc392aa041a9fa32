/** Builds the read-only KnowledgeBase over analysed articles. */
import type {
  ArticleDocument,
  ArticleEntry,
  KnowledgeBase,
  KnowledgeDocuments,
  KnowledgeIndices,
  NameDocument,
  PassageDocument,
  QuoteDocument,
} from "./knowledge-base.ts";
import { createCandidateSearch } from "./candidate-search.ts";
import {
  ARTICLE_OPTIONS,
  CANDIDATE_LIMITS,
  LARGE_LIBRARY,
  NAME_OPTIONS,
  PASSAGE_OPTIONS,
  QUOTE_OPTIONS,
} from "./fuse-options.ts";
import { findDocumentsWithWords } from "./find-named.ts";
import { countByActorName } from "./actor-counts.ts";
import { buildTokenIndex } from "./token-index.ts";

interface Documents {
  readonly passages: readonly PassageDocument[];
  readonly quotes: readonly QuoteDocument[];
  readonly names: readonly NameDocument[];
  readonly articles: readonly ArticleDocument[];
}

function listDocuments(sorted: readonly ArticleEntry[]): Documents {
  return {
    passages: sorted.flatMap(({ article }) =>
      article.passages.map((p) => ({ articleId: article.id, passage: p.id, n: p.n, text: p.text })),
    ),
    quotes: sorted.flatMap(({ article, analysis }) =>
      analysis.quotes.map((quote) => ({
        articleId: article.id,
        quote,
        text: quote.text,
        speaker: quote.speaker ?? "",
      })),
    ),
    names: sorted.flatMap(({ article, analysis }) => {
      const counts = countByActorName(analysis);
      return analysis.actors.flatMap((actor) =>
        [actor.name, ...actor.aliases].map((name) => ({
          articleId: article.id,
          actor,
          name,
          quoteCount: counts.get(actor.name)?.quotes ?? 0,
          mentionCount: counts.get(actor.name)?.mentions ?? 0,
        })),
      );
    }),
    articles: sorted.map(({ article }) => ({ articleId: article.id, title: article.title })),
  };
}

/** How many documents each index covers, to check saved indices against their entries. */
export function countIndexedDocuments(
  entries: readonly ArticleEntry[],
  documents: KnowledgeDocuments = listDocuments(entries),
): Readonly<Record<keyof KnowledgeIndices, number>> {
  return {
    passages: documents.passages.length,
    quotes: documents.quotes.length,
    names: documents.names.length,
    articles: documents.articles.length,
  };
}

/** Entries in id order, so a knowledge base and its saved indices agree on document numbers. */
function sortEntries(entries: readonly ArticleEntry[]): ArticleEntry[] {
  return [...entries].sort((a, b) => a.article.id.localeCompare(b.article.id));
}

function indexDocuments(documents: Documents): KnowledgeIndices {
  return {
    passages: buildTokenIndex(documents.passages.map((doc) => doc.text)),
    quotes: buildTokenIndex(documents.quotes.map((doc) => `${doc.text} ${doc.speaker}`)),
    names: buildTokenIndex(documents.names.map((doc) => doc.name)),
    // Ids are slugs ("fentanyl-ifs"): index them whole and word by word.
    articles: buildTokenIndex(
      documents.articles.map(
        (doc) => `${doc.title} ${doc.articleId} ${doc.articleId.replace(/-/gu, " ")}`,
      ),
    ),
  };
}

/** Indexes passages, quotes, actor names and titles of every entry; entries keep their order. */
export function buildKnowledgeBase(entries: readonly ArticleEntry[]): KnowledgeBase {
  const sorted = sortEntries(entries);
  const documents = listDocuments(sorted);
  return assemble(sorted, documents, indexDocuments(documents));
}

/**
 * A knowledge base from the entries (in the order `kb.entries` had) and indices of one built
 * earlier, as saved in the prebuilt index file. Not re-sorted: document numbers must not move.
 * `documents`, when given, are the entries' documents in that order (made on demand).
 */
export function restoreKnowledgeBase(
  entries: readonly ArticleEntry[],
  indices: KnowledgeIndices,
  documents: KnowledgeDocuments = listDocuments(entries),
): KnowledgeBase {
  return assemble(entries, documents, indices);
}

function assemble(
  sorted: readonly ArticleEntry[],
  documents: KnowledgeDocuments,
  indices: KnowledgeIndices,
): KnowledgeBase {
  return Object.freeze({
    entries: Object.freeze(sorted),
    byId: new Map(sorted.map((entry) => [entry.article.id, entry])),
    passages: createCandidateSearch(documents.passages, indices.passages, {
      fuse: PASSAGE_OPTIONS,
      candidateLimit:
        documents.passages.length >= LARGE_LIBRARY
          ? CANDIDATE_LIMITS.largeLibraryPassages
          : CANDIDATE_LIMITS.passages,
      isPrefixSearch: false,
      proximity: { poolLimit: CANDIDATE_LIMITS.passagePool },
    }),
    quotes: createCandidateSearch(documents.quotes, indices.quotes, {
      fuse: QUOTE_OPTIONS,
      candidateLimit: CANDIDATE_LIMITS.quotes,
      isPrefixSearch: false,
      proximity: { poolLimit: CANDIDATE_LIMITS.quotePool },
    }),
    names: createCandidateSearch(documents.names, indices.names, {
      fuse: NAME_OPTIONS,
      candidateLimit: CANDIDATE_LIMITS.names,
      isPrefixSearch: true,
    }),
    articles: createCandidateSearch(documents.articles, indices.articles, {
      fuse: ARTICLE_OPTIONS,
      candidateLimit: CANDIDATE_LIMITS.articles,
      isPrefixSearch: true,
    }),
    indices,
    findNamesWithWords: (words: readonly string[]) =>
      findDocumentsWithWords(indices.names, words).flatMap((id) => {
        const name = documents.names.at(id);
        return name === undefined ? [] : [name];
      }),
  });
}
