/**
 * What `analyze` prints: a readable report (metadata, warnings, numbered passages, then what was
 * extracted), or with --json the document issue 2 fixes.
 */
import type { Analysis } from "../../model/analysis.ts";
import type { Article } from "../../model/article.ts";

const NONE = "—";

/** Plain text for a terminal; sections with nothing in them are left out. */
export function formatAnalyzeReport(article: Article, analysis: Analysis): string {
  const warnings = [...article.warnings, ...analysis.warnings];
  const sections = [
    formatMetadata(article),
    warnings.length > 0 ? formatList("Warnings", warnings) : null,
    formatPassages(article),
    formatList(
      "Actors",
      analysis.actors.map((actor) => {
        const details = [actor.kind, actor.role, actor.organization].filter(isText).join(", ");
        const aliases = actor.aliases.length > 0 ? `; also ${actor.aliases.join(", ")}` : "";
        return `${actor.name} (${details})${aliases} ${formatPassageIds(actor.passages)}`;
      }),
    ),
    formatList(
      "Quotes",
      analysis.quotes.map(
        (quote) =>
          `“${quote.text}” — ${quote.speaker ?? "unattributed"} ${formatPassageIds([quote.passage])}`,
      ),
    ),
    formatList(
      "Events",
      analysis.events.map(
        (event) => `${event.date}: ${event.text} ${formatPassageIds([event.passage])}`,
      ),
    ),
    formatList(
      "Stances",
      analysis.stances.map(
        (stance) => `${stance.actor}: ${stance.stance} ${formatPassageIds(stance.evidence)}`,
      ),
    ),
  ];
  return `${sections.filter(isText).join("\n\n")}\n`;
}

function formatMetadata(article: Article): string {
  return [
    article.title,
    `  id:        ${article.id} (${article.fileName}, ${article.format})`,
    `  author:    ${article.author ?? NONE}`,
    `  published: ${article.published ?? NONE}`,
    `  source:    ${article.source ?? NONE}`,
    `  section:   ${article.section ?? NONE}`,
    `  url:       ${article.url ?? NONE}`,
  ].join("\n");
}

function formatPassages(article: Article): string {
  const lines = article.passages.map(
    (passage) => `¶${passage.n} [${passage.kind}] ${passage.text}`,
  );
  return [`Passages (${article.passages.length}):`, ...lines].join("\n");
}

function formatList(heading: string, items: readonly string[]): string | null {
  if (items.length === 0) return null;
  return [`${heading} (${items.length}):`, ...items.map((item) => `  - ${item}`)].join("\n");
}

function formatPassageIds(ids: readonly string[]): string {
  return `[${ids.map((id) => `¶${id.replace(/^p/, "")}`).join(", ")}]`;
}

function isText(value: string | null): value is string {
  return value !== null && value !== "";
}

/**
 * The `analyze --json` document: the shape issue 2 fixes, plus extra fields from the model.
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
