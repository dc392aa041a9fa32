/**
 * What was read from a newly added article, for the reply that says it was added: title,
 * author, date and source; the people and how often each is quoted; the dates found; the
 * warnings. Each person and date cites where it comes from.
 */
import type { ArticleEntry } from "../knowledge-base/knowledge-base.ts";
import type { Answer, AnswerItem } from "../model/answer.ts";
import { cite } from "./citations.ts";

const MAX_PEOPLE = 8;
const MAX_DATES = 6;
const MAX_WARNINGS = 5;

export function answerAddedArticle(entry: ArticleEntry, addedBy: string): Answer {
  const { article, analysis } = entry;
  const details = [
    article.author === null ? "no author found" : `by ${article.author}`,
    article.published ?? "no date found",
    article.source ?? article.url ?? "no source named",
  ];
  const quoteCounts = new Map<string, number>();
  for (const quote of analysis.quotes) {
    if (quote.speaker !== null)
      quoteCounts.set(quote.speaker, (quoteCounts.get(quote.speaker) ?? 0) + 1);
  }
  const people: AnswerItem[] = analysis.actors
    .filter((actor) => actor.kind === "person" && actor.passages.length > 0)
    .sort((left, right) => (quoteCounts.get(right.name) ?? 0) - (quoteCounts.get(left.name) ?? 0))
    .slice(0, MAX_PEOPLE)
    .map((actor) => {
      const count = quoteCounts.get(actor.name) ?? 0;
      return {
        body: [
          { text: actor.name, style: "bold" },
          {
            text:
              count === 0
                ? " — not quoted"
                : ` — quoted ${count} ${count === 1 ? "time" : "times"}`,
            style: "plain",
          },
        ],
        citations: [cite(entry, actor.passages[0] ?? "p1")],
      };
    });
  const dates: AnswerItem[] = analysis.events.slice(0, MAX_DATES).map((event) => ({
    body: [
      { text: event.date, style: "bold" },
      { text: ` — ${event.expression}`, style: "plain" },
    ],
    citations: [cite(entry, event.passage)],
  }));
  const warnings: AnswerItem[] = [...article.warnings, ...analysis.warnings]
    .slice(0, MAX_WARNINGS)
    .map((warning) => ({ body: [{ text: warning, style: "plain" }], citations: [] }));
  return {
    command: "library",
    title: `Added: ${article.title}`,
    intro: [
      {
        text: `${details.join(" · ")} · ${article.passages.length} passages · added by ${addedBy}`,
        style: "plain",
      },
    ],
    sections: [
      { heading: "People", tone: "info" as const, items: people },
      { heading: "Dates found", tone: "info" as const, items: dates },
      { heading: "Warnings", tone: "info" as const, items: warnings },
    ].filter((section) => section.items.length > 0),
    hint: people.length === 0 ? "No people found in it." : null,
    footer: `Article id: ${article.id}`,
    url: article.url,
    actions: [],
  };
}
