/** /search: passages ranked by fuzzy match, typo-tolerant, with the matching words highlighted. */
import type { Answer } from "../model/answer.ts";
import { UserFacingError } from "../model/result.ts";
import type { KnowledgeBase } from "../knowledge-base/knowledge-base.ts";
import { tokenizeQuery, tokenizeWords } from "../knowledge-base/fuzzy-words.ts";
import { comparePhraseMatches, createWordMatcher } from "../knowledge-base/word-matcher.ts";
import { buildAnswer, buildEmptyAnswer, item, text } from "./build-answer.ts";
import { citePassage } from "./citations.ts";
import { buildExcerpt } from "./excerpt.ts";
import { resolveScope, scopeFilter } from "./resolve-article.ts";

export interface SearchOptions {
  readonly query: string;
  readonly article?: string | undefined;
}

const CANDIDATE_LIMIT = 100;
const RESULT_LIMIT = 25;

export function answerSearch(kb: KnowledgeBase, options: SearchOptions): Answer {
  const query = options.query.trim();
  const words = tokenizeQuery(query);
  if (words.length === 0) {
    throw new UserFacingError(
      "empty-query",
      "Give some words to search for, e.g. /search query:sanctions lifted",
    );
  }
  const isInScope = scopeFilter(kb, resolveScope(kb, options.article));
  // Fuse ranks; a passage must also contain at least half of the query's words (give or take
  // typos), since token search alone returns weak partial matches for nonsense queries.
  const needed = Math.max(1, Math.ceil(words.length / 2));
  const typed = tokenizeWords(query.slice(0, 500)).map((token) => token.word);
  const matchQueryWords = createWordMatcher(words, typed);
  const results = kb.passages
    .search(query.slice(0, 200), { limit: CANDIDATE_LIMIT })
    .filter(({ item: doc }) => isInScope(doc.articleId))
    .map(({ item: doc, score }) => ({
      doc,
      score: score ?? 1,
      matches: matchQueryWords(doc.text),
    }))
    .filter(({ matches }) => matches.matchedWords >= needed)
    // More of the query's words, then more of the query in order and close together, then Fuse.
    .sort((a, b) => comparePhraseMatches(a.matches, b.matches) || a.score - b.score)
    .slice(0, RESULT_LIMIT);
  const title = `Search: ${query.slice(0, 200)}`;
  if (results.length === 0) {
    return buildEmptyAnswer(
      "search",
      title,
      `No passage matches “${query.slice(0, 200)}”. Try fewer or different words.`,
    );
  }
  const items = results.flatMap(({ doc, matches }) => {
    const entry = kb.byId.get(doc.articleId);
    const citation = entry ? citePassage(entry, { id: doc.passage, n: doc.n }) : null;
    return citation ? [item(buildExcerpt(doc.text, matches.spans), [citation])] : [];
  });
  return buildAnswer({
    command: "search",
    title,
    intro: [
      text(`${items.length} matching ${items.length === 1 ? "passage" : "passages"}, best first.`),
    ],
    sections: [{ heading: "Passages", tone: "info", items }],
  });
}
