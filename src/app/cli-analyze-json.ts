/** The `analyze --json` document: the shape issue 2 fixes, plus extra fields from the model. */
import type { Analysis } from "../model/analysis.ts";
import type { Article } from "../model/article.ts";

/**
 * Required fields come first in each object, in the documented order; model fields such as
 * spans and resolutions follow. Extraction's warnings are listed with the article's.
 */
export function toAnalyzeJson(article: Article, analysis: Analysis) {
  return {
    article: {
      id: article.id,
      title: article.title,
      author: article.author,
      published: article.published,
      source: article.source,
      url: article.url,
      section: article.section,
      warnings: [...article.warnings, ...analysis.warnings],
      fileName: article.fileName,
      format: article.format,
      curation: article.curation,
    },
    passages: article.passages.map(({ id, n, kind, text }) => ({ id, n, kind, text })),
    actors: analysis.actors.map((actor) => ({
      name: actor.name,
      kind: actor.kind,
      aliases: actor.aliases,
      role: actor.role,
      passages: actor.passages,
      id: actor.id,
      organization: actor.organization,
    })),
    quotes: analysis.quotes.map((quote) => ({
      text: quote.text,
      speaker: quote.speaker,
      passage: quote.passage,
      id: quote.id,
      speakerId: quote.speakerId,
      span: quote.span,
      attribution: quote.attribution,
      isFragment: quote.isFragment,
      continues: quote.continues,
    })),
    events: analysis.events.map((event) => ({
      date: event.date,
      text: event.text,
      passage: event.passage,
      actors: event.actors,
      precision: event.precision,
      expression: event.expression,
      expressionSpan: event.expressionSpan,
      span: event.span,
      resolution: event.resolution,
    })),
    stances: analysis.stances.map((stance) => ({
      actor: stance.actor,
      stance: stance.stance,
      evidence: stance.evidence,
      actorId: stance.actorId,
      quotes: stance.quotes,
      origin: stance.origin,
      reason: stance.reason,
    })),
    centralAction: analysis.centralAction,
  };
}

/** The document's type, for tests and tools that read it. */
export type AnalyzeJson = ReturnType<typeof toAnalyzeJson>;
