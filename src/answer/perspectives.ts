/** /perspectives: the stance matrix, each voice with its strongest quote, and the voices absent. */
import type { Answer, AnswerItem, AnswerSection, Inline } from "../model/answer.ts";
import type { Stance } from "../model/analysis.ts";
import type { StanceValue } from "../model/article.ts";
import type { ArticleEntry, KnowledgeBase } from "../knowledge-base/knowledge-base.ts";
import { bold, buildAnswer, item, quoted, text } from "./build-answer.ts";
import { cite } from "./citations.ts";
import { dedupeCitations, describeActorLine, strongestQuote } from "./describe-actor.ts";
import { describeStanceWords } from "./stance-words.ts";
import { resolveArticle } from "./resolve-article.ts";

export interface PerspectivesOptions {
  readonly article?: string | undefined;
}

export const STANCE_ORDER: readonly StanceValue[] = ["supports", "opposes", "mixed", "neutral"];
export const STANCE_HEADINGS: Readonly<Record<StanceValue, string>> = {
  supports: "Supports",
  opposes: "Opposes",
  mixed: "Mixed",
  neutral: "Neutral",
};

export function stanceItem(entry: ArticleEntry, stance: Stance): AnswerItem {
  const quote = strongestQuote(entry, stance);
  const body: Inline[] = [bold(stance.actor), text(" — "), ...describeStanceWords(stance, quote)];
  const passages = [...(quote ? [quote.passage] : []), ...stance.evidence];
  return item(body, dedupeCitations(passages.map((id) => cite(entry, id))));
}

export function buildStanceSections(entry: ArticleEntry): AnswerSection[] {
  return STANCE_ORDER.flatMap((value) => {
    const stances = entry.analysis.stances.filter((stance) => stance.stance === value);
    if (stances.length === 0) return [];
    return [
      {
        heading: STANCE_HEADINGS[value],
        tone: value,
        items: stances.map((s) => stanceItem(entry, s)),
      },
    ];
  });
}

/** What the stances are about: the central action as the lead reports it. */
export function buildCentralActionSection(entry: ArticleEntry): AnswerSection[] {
  const central = entry.analysis.centralAction;
  if (!central) return [];
  const lead = item([quoted(central.text)], [cite(entry, central.passage)]);
  return [{ heading: "What the positions are about", tone: "info", items: [lead] }];
}

/** Actors who are mentioned but never quoted: whose side of the story is missing. */
export function buildAbsentVoices(entry: ArticleEntry): AnswerItem[] {
  const quoted = new Set(entry.analysis.quotes.map((quote) => quote.speakerId));
  const withStance = new Set(entry.analysis.stances.map((stance) => stance.actorId));
  return entry.analysis.actors
    .filter((actor) => !quoted.has(actor.id) && !withStance.has(actor.id))
    .map((actor) =>
      item(describeActorLine(entry, actor), [cite(entry, actor.passages[0] ?? "p1")]),
    );
}

export function answerPerspectives(kb: KnowledgeBase, options: PerspectivesOptions): Answer {
  const entry = resolveArticle(kb, options.article);
  const sections = buildStanceSections(entry);
  const absent = buildAbsentVoices(entry);
  if (absent.length > 0)
    sections.push({
      heading: "Voices absent (mentioned, never quoted)",
      tone: "info",
      items: absent,
    });
  return buildAnswer({
    command: "perspectives",
    title: `Perspectives: ${entry.article.title}`,
    sections: [...buildCentralActionSection(entry), ...sections],
    hint:
      entry.analysis.stances.length === 0
        ? "No one in this article takes a clear position that could be extracted."
        : null,
    url: entry.article.url,
  });
}
