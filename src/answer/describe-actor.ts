/** Shared phrasing about one actor: their one-line description, quotes and stance section. */
import type { AnswerSection, Inline } from "../model/answer.ts";
import type { Actor, Quote, Stance } from "../model/analysis.ts";
import type { ArticleEntry } from "../knowledge-base/knowledge-base.ts";
import { bold, item, text } from "./build-answer.ts";
import { describeStanceWords } from "./stance-words.ts";
import { cite } from "./citations.ts";

/** "Matt Miller — State Department spokesperson · first ¶6" */
export function describeActorLine(entry: ArticleEntry, actor: Actor): Inline[] {
  const first = entry.article.passages.find((p) => p.id === actor.passages[0]);
  const role = actor.role ?? (actor.kind === "organization" ? "organisation" : null);
  return [
    bold(actor.name),
    text(role === null ? "" : ` — ${role}`),
    text(first ? ` · first ¶${first.n}` : ""),
  ].filter((inline) => inline.text !== "");
}

/** The actor's quotes in reading order, whole quotes before fragments. */
export function quotesBy(entry: ArticleEntry, actor: Actor): Quote[] {
  const own = entry.analysis.quotes.filter((quote) => quote.speakerId === actor.id);
  return [...own.filter((q) => !q.isFragment), ...own.filter((q) => q.isFragment)];
}

export function stanceOf(entry: ArticleEntry, actor: Actor): Stance | undefined {
  return entry.analysis.stances.find((stance) => stance.actorId === actor.id);
}

/** The quote that best shows a stance: the first it names, else the actor's first quote. */
export function strongestQuote(entry: ArticleEntry, stance: Stance): Quote | undefined {
  const byId = new Map(entry.analysis.quotes.map((quote) => [quote.id, quote]));
  const named = stance.quotes.map((id) => byId.get(id)).find((quote) => quote !== undefined);
  return named ?? entry.analysis.quotes.find((quote) => quote.speakerId === stance.actorId);
}

export function describeStance(entry: ArticleEntry, actor: Actor): AnswerSection | undefined {
  const stance = stanceOf(entry, actor);
  if (!stance) return undefined;
  const quote = strongestQuote(entry, stance);
  const body: Inline[] = [bold(`${stance.stance}: `), ...describeStanceWords(stance, quote)];
  const citations = [...stance.evidence, ...(quote ? [quote.passage] : [])].map((id) =>
    cite(entry, id),
  );
  return {
    heading: "Stance on the central action",
    tone: stance.stance,
    items: [item(body, dedupeCitations(citations))],
  };
}

export function dedupeCitations<T extends { readonly articleId: string; readonly passage: string }>(
  citations: readonly T[],
): T[] {
  const seen = new Set<string>();
  return citations.filter((citation) => {
    const key = `${citation.articleId}#${citation.passage}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
