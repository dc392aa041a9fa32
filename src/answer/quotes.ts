/** /quote: verbatim quotes by speaker and/or topic; without options, one worth discussing. */
import type { Answer, AnswerItem, Inline } from "../model/answer.ts";
import type { Quote } from "../model/analysis.ts";
import type {
  ArticleEntry,
  KnowledgeBase,
  QuoteDocument,
} from "../knowledge-base/knowledge-base.ts";
import { rankWithFuse } from "../knowledge-base/candidate-search.ts";
import { QUOTE_OPTIONS } from "../knowledge-base/fuse-options.ts";
import { tokenizeQuery } from "../knowledge-base/fuzzy-words.ts";
import { createWordMatcher } from "../knowledge-base/word-matcher.ts";
import { buildAnswer, buildEmptyAnswer, italic, item, quoted, text } from "./build-answer.ts";
import { cite } from "./citations.ts";
import { resolveScope, scopeFilter } from "./resolve-article.ts";
import { describeUnknownActor, findActors, suggestActorNames } from "./resolve-actor.ts";
import { pickQuoteWorthDiscussing } from "./quote-worth-discussing.ts";

export interface QuoteOptions {
  readonly speaker?: string | undefined;
  readonly about?: string | undefined;
  readonly article?: string | undefined;
}

interface FoundQuote {
  readonly entry: ArticleEntry;
  readonly quote: Quote;
}

const CANDIDATE_LIMIT = 200;

function quoteItem({ entry, quote }: FoundQuote): AnswerItem {
  const body: Inline[] = [quoted(quote.text), text(` — ${quote.speaker ?? "unattributed"}`)];
  if (quote.isFragment) body.push(italic(" (words quoted within reported speech)"));
  if (quote.continues !== null) body.push(italic(" (continued)"));
  return item(body, [cite(entry, quote.passage)]);
}

function bySpeaker(
  kb: KnowledgeBase,
  scope: readonly ArticleEntry[],
  speaker: string,
): FoundQuote[] {
  const matches = findActors(kb, scope, speaker);
  return matches.flatMap(({ entry, actor }) =>
    entry.analysis.quotes
      .filter((q) => q.speakerId === actor.id)
      .map((quote) => ({ entry, quote })),
  );
}

/** A speaker's own sentences before the words quoted inside reported speech. */
function wholeQuotesFirst(found: readonly FoundQuote[]): FoundQuote[] {
  return [...found.filter((f) => !f.quote.isFragment), ...found.filter((f) => f.quote.isFragment)];
}

function allQuotes(scope: readonly ArticleEntry[]): FoundQuote[] {
  return scope.flatMap((entry) => entry.analysis.quotes.map((quote) => ({ entry, quote })));
}

/** A pool this small is ranked whole; a larger one through the quote index's candidates. */
const DIRECT_RANKING_MAX = 300;

function toDocument({ entry, quote }: FoundQuote): QuoteDocument {
  return { articleId: entry.article.id, quote, text: quote.text, speaker: quote.speaker ?? "" };
}

/** Quote documents about the topic, best first, from the speaker's pool or the whole scope. */
function rankQuotes(
  kb: KnowledgeBase,
  scope: readonly ArticleEntry[],
  pool: readonly FoundQuote[] | null,
  about: string,
): QuoteDocument[] {
  const narrow = pool ?? (scope.length < kb.entries.length ? allQuotes(scope) : null);
  if (narrow !== null && narrow.length <= DIRECT_RANKING_MAX) {
    return rankWithFuse(narrow.map(toDocument), QUOTE_OPTIONS, about).map((hit) => hit.item);
  }
  // By article and quote id, not by object: an article read from the prebuilt index may be
  // parsed again between two reads, giving equal quotes that are other objects.
  const keyOf = (articleId: string, quoteId: string) => `${articleId}#${quoteId}`;
  const wanted =
    narrow === null
      ? null
      : new Set(narrow.map(({ entry, quote }) => keyOf(entry.article.id, quote.id)));
  const isInScope = scopeFilter(kb, scope);
  return kb.quotes
    .search(about.slice(0, 200), { limit: CANDIDATE_LIMIT })
    .map((hit) => hit.item)
    .filter((doc) =>
      wanted === null ? isInScope(doc.articleId) : wanted.has(keyOf(doc.articleId, doc.quote.id)),
    );
}

/** Ranks by Fuse.js, then keeps quotes that contain at least half of the topic's words. */
function byTopic(
  kb: KnowledgeBase,
  scope: readonly ArticleEntry[],
  pool: readonly FoundQuote[] | null,
  about: string,
): FoundQuote[] {
  const words = tokenizeQuery(about);
  const needed = Math.max(1, Math.ceil(words.length / 2));
  const matchQueryWords = createWordMatcher(words);
  return rankQuotes(kb, scope, pool, about)
    .filter((doc) => matchQueryWords(`${doc.text} ${doc.speaker}`).matchedWords >= needed)
    .flatMap((doc) => {
      const entry = kb.byId.get(doc.articleId);
      return entry ? [{ entry, quote: doc.quote }] : [];
    });
}

function describeFilters(options: QuoteOptions): string {
  const parts = [
    options.speaker ? `by ${options.speaker.trim()}` : "",
    options.about ? `about “${options.about.trim()}”` : "",
  ].filter((part) => part !== "");
  return parts.length > 0 ? `Quotes ${parts.join(" ")}` : "Quotes";
}

/** Verbatim quotes filtered by speaker and topic, each with its passage. Never a paraphrase. */
export function answerQuotes(kb: KnowledgeBase, options: QuoteOptions): Answer {
  const scope = resolveScope(kb, options.article);
  const speaker = options.speaker?.trim() ?? "";
  const about = options.about?.trim() ?? "";
  const title = describeFilters(options);
  if (speaker === "" && about === "") return answerQuoteWorthDiscussing(scope);
  // Only a speaker narrows the pool up front; a topic alone is looked up in the quote index.
  const pool = speaker === "" ? null : wholeQuotesFirst(bySpeaker(kb, scope, speaker));
  if (pool !== null && pool.length === 0) {
    const known = findActors(kb, scope, speaker).length > 0;
    const hint = known
      ? `${speaker} is in the articles but is never quoted directly.`
      : describeUnknownActor(speaker, suggestActorNames(kb, scope, speaker));
    return buildEmptyAnswer("quote", title, hint);
  }
  const found = about === "" ? (pool ?? allQuotes(scope)) : byTopic(kb, scope, pool, about);
  if (found.length === 0) {
    return buildEmptyAnswer(
      "quote",
      title,
      `No quote matches “${about}”. Try /search for passages.`,
    );
  }
  return buildAnswer({
    command: "quote",
    title,
    intro: [text(`${found.length} verbatim ${found.length === 1 ? "quote" : "quotes"}.`)],
    sections: [{ heading: "Quotes", tone: "info", items: found.map(quoteItem) }],
  });
}

function answerQuoteWorthDiscussing(scope: readonly ArticleEntry[]): Answer {
  const pick = pickQuoteWorthDiscussing(scope);
  if (!pick)
    return buildEmptyAnswer("quote", "Quotes", "These articles contain no direct quotations.");
  return buildAnswer({
    command: "quote",
    title: "A quote worth discussing",
    intro: [text(pick.why)],
    sections: [
      { heading: pick.quote.speaker ?? "Unattributed", tone: pick.tone, items: [quoteItem(pick)] },
    ],
    url: pick.entry.article.url,
  });
}
