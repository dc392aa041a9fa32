/** /quote: verbatim quotes by speaker and/or topic; without options, one worth discussing. */
import type { Answer, AnswerItem, Inline } from "../model/answer.ts";
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
import { describeUnknownActor, suggestActorNames } from "./resolve-actor.ts";
import {
  countSpeakerQuotes,
  isSpokenBy,
  openSpeakerQuotes,
  type FoundQuote,
  type SpeakerCount,
} from "./speaker-quotes.ts";
import { pickQuoteWorthDiscussing } from "./quote-worth-discussing.ts";

export interface QuoteOptions {
  readonly speaker?: string | undefined;
  readonly about?: string | undefined;
  readonly article?: string | undefined;
}

const CANDIDATE_LIMIT = 200;
/** A speaker's quotes listed at most: five Discord pages; about: or article: narrows the rest. */
export const SPEAKER_QUOTE_LIMIT = 100;

function quoteItem({ entry, quote }: FoundQuote): AnswerItem {
  const body: Inline[] = [quoted(quote.text), text(` — ${quote.speaker ?? "unattributed"}`)];
  if (quote.isFragment) body.push(italic(" (words quoted within reported speech)"));
  if (quote.continues !== null) body.push(italic(" (continued)"));
  return item(body, [cite(entry, quote.passage)]);
}

function allQuotes(scope: readonly ArticleEntry[]): FoundQuote[] {
  return scope.flatMap((entry) => entry.analysis.quotes.map((quote) => ({ entry, quote })));
}

/** A pool this small is ranked whole; a larger one through the quote index's candidates. */
const DIRECT_RANKING_MAX = 300;

function toDocument({ entry, quote }: FoundQuote): QuoteDocument {
  return { articleId: entry.article.id, quote, text: quote.text, speaker: quote.speaker ?? "" };
}

/** A scope's quotes, or a speaker's in it when `speaker` is given, if few enough to rank whole. */
function smallPool(
  kb: KnowledgeBase,
  scope: readonly ArticleEntry[],
  speaker: SpeakerCount | null,
): FoundQuote[] | null {
  if (speaker !== null) {
    return speaker.total <= DIRECT_RANKING_MAX
      ? openSpeakerQuotes(scope, speaker, DIRECT_RANKING_MAX)
      : null;
  }
  return scope.length < kb.entries.length ? allQuotes(scope) : null;
}

/** Quote documents about the topic, best first, from the speaker's quotes or the whole scope. */
function rankQuotes(
  kb: KnowledgeBase,
  scope: readonly ArticleEntry[],
  speaker: SpeakerCount | null,
  about: string,
): QuoteDocument[] {
  const narrow = smallPool(kb, scope, speaker);
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
  const isWanted = (doc: QuoteDocument): boolean => {
    if (wanted !== null) return wanted.has(keyOf(doc.articleId, doc.quote.id));
    if (!isInScope(doc.articleId)) return false;
    if (speaker === null) return true;
    return (
      speaker.named.has(doc.articleId) && isSpokenBy(kb, doc.articleId, doc.quote, speaker.words)
    );
  };
  return kb.quotes
    .search(about.slice(0, 200), { limit: CANDIDATE_LIMIT })
    .map((hit) => hit.item)
    .filter(isWanted);
}

/** Ranks by Fuse.js, then keeps quotes that contain at least half of the topic's words. */
function byTopic(
  kb: KnowledgeBase,
  scope: readonly ArticleEntry[],
  speaker: SpeakerCount | null,
  about: string,
): FoundQuote[] {
  const words = tokenizeQuery(about);
  const needed = Math.max(1, Math.ceil(words.length / 2));
  const matchQueryWords = createWordMatcher(words);
  return rankQuotes(kb, scope, speaker, about)
    .filter((doc) => matchQueryWords(`${doc.text} ${doc.speaker}`).matchedWords >= needed)
    .flatMap((doc) => {
      const entry = kb.byId.get(doc.articleId);
      return entry ? [{ entry, quote: doc.quote }] : [];
    });
}

/** "3 verbatim quotes." or, for a speaker quoted more than is listed, how many are not shown. */
function describeCount(shown: number, total: number): string {
  if (shown >= total) return `${shown} verbatim ${shown === 1 ? "quote" : "quotes"}.`;
  return (
    `The first ${shown} of ${total.toLocaleString("en-US")} verbatim quotes. ` +
    "Add about: or article: to narrow them."
  );
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
  const counted = speaker === "" ? null : countSpeakerQuotes(kb, scope, speaker);
  if (counted !== null && counted.total === 0) {
    const hint =
      counted.named.size > 0
        ? `${speaker} is in the articles but is never quoted directly.`
        : describeUnknownActor(speaker, suggestActorNames(kb, scope, speaker));
    return buildEmptyAnswer("quote", title, hint);
  }
  const found =
    about === "" && counted !== null
      ? openSpeakerQuotes(scope, counted, SPEAKER_QUOTE_LIMIT)
      : byTopic(kb, scope, counted, about);
  if (found.length === 0) {
    return buildEmptyAnswer(
      "quote",
      title,
      `No quote matches “${about}”. Try /search for passages.`,
    );
  }
  // A list cut at the limit says how many the counts hold; a shorter one is every quote.
  const total =
    about === "" && counted !== null && found.length >= SPEAKER_QUOTE_LIMIT
      ? Math.max(counted.total, found.length)
      : found.length;
  return buildAnswer({
    command: "quote",
    title,
    intro: [text(describeCount(found.length, total))],
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
