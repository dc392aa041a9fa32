/** The readable `analyze` report: metadata, warnings, numbered passages, then what was extracted. */
import type { Analysis } from "../model/analysis.ts";
import type { Article } from "../model/article.ts";

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
