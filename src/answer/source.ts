/** /source: the article's metadata, passage counts, and citations ready to paste. */
import type { Answer, AnswerItem } from "../model/answer.ts";
import type { KnowledgeBase } from "../knowledge-base/knowledge-base.ts";
import { bold, buildAnswer, item, text } from "./build-answer.ts";
import { cite } from "./citations.ts";
import { formatDate } from "./format-date.ts";
import { formatApa, formatChicago, formatMla } from "./reference-styles.ts";
import { resolveArticle } from "./resolve-article.ts";

export interface SourceOptions {
  readonly article?: string | undefined;
}

export function answerSource(kb: KnowledgeBase, options: SourceOptions): Answer {
  const entry = resolveArticle(kb, options.article);
  const { article, analysis } = entry;
  // Metadata comes from the head of the article, so it cites the first passage.
  const first = [cite(entry, article.passages[0]?.id ?? "p1")];
  const count = (kind: string): number => article.passages.filter((p) => p.kind === kind).length;
  const field = (label: string, value: string | null): AnswerItem[] =>
    value === null || value === "" ? [] : [item([bold(`${label}: `), text(value)], first)];
  const metadata = [
    ...field("Title", article.title),
    ...field("Author", article.author),
    ...field("Published", article.published ? formatDate(article.published) : null),
    ...field("Source", article.source),
    ...field("Section", article.section),
    ...field("URL", article.url),
    ...field("File", article.fileName),
    item(
      [
        bold("Passages: "),
        text(
          `${article.passages.length} (${count("paragraph")} paragraphs, ${count("heading")} headings, ${count("caption")} captions)`,
        ),
      ],
      first,
    ),
    item(
      [
        bold("Found: "),
        text(
          `${analysis.actors.length} actors, ${analysis.quotes.length} quotes, ${analysis.events.length} dated events`,
        ),
      ],
      first,
    ),
  ];
  const references = [
    item([bold("APA: "), text(formatApa(article), "code")], first),
    item([bold("MLA: "), text(formatMla(article), "code")], first),
    item([bold("Chicago: "), text(formatChicago(article), "code")], first),
  ];
  return buildAnswer({
    command: "source",
    title: article.title,
    sections: [
      { heading: "About this article", tone: "info", items: metadata },
      { heading: "Cite it", tone: "info", items: references },
      ...(article.warnings.length > 0
        ? [
            {
              heading: "Read with care",
              tone: "mixed" as const,
              items: article.warnings.map((w) => item([text(w)], first)),
            },
          ]
        : []),
    ],
    url: article.url,
  });
}
