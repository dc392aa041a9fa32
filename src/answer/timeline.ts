/** /timeline: dated events in date order, with how each relative date was resolved. */
import type { Answer, AnswerItem, Inline } from "../model/answer.ts";
import type { DatedEvent } from "../model/analysis.ts";
import type { ArticleEntry, KnowledgeBase } from "../knowledge-base/knowledge-base.ts";
import { bold, buildAnswer, buildEmptyAnswer, italic, item, text } from "./build-answer.ts";
import { cite } from "./citations.ts";
import { formatDate } from "./format-date.ts";
import { resolveScope } from "./resolve-article.ts";
import { findNamedActors } from "./named-actors.ts";
import { ARTICLES_READ_MAX, describeTooManyArticles } from "./reading-limit.ts";
import { describeUnknownActor, suggestActorNames } from "./resolve-actor.ts";

export interface TimelineOptions {
  readonly article?: string | undefined;
  readonly actor?: string | undefined;
}

interface PlacedEvent {
  readonly entry: ArticleEntry;
  readonly event: DatedEvent;
}

/** "2020" sorts before "2020-05" and "2020-05-01": coarser dates lead their period. */
function compareEvents(a: PlacedEvent, b: PlacedEvent): number {
  if (a.event.date !== b.event.date) return a.event.date < b.event.date ? -1 : 1;
  if (a.entry.article.id !== b.entry.article.id)
    return a.entry.article.id < b.entry.article.id ? -1 : 1;
  const byPassage = passageNumber(a) - passageNumber(b);
  return byPassage !== 0 ? byPassage : a.event.span[0] - b.event.span[0];
}

function passageNumber({ entry, event }: PlacedEvent): number {
  return entry.article.passages.find((p) => p.id === event.passage)?.n ?? 0;
}

function eventItem({ entry, event }: PlacedEvent, isMultiArticle: boolean): AnswerItem {
  const body: Inline[] = [bold(formatDate(event.date)), text(" — "), text(event.text)];
  if (event.resolution.method === "inferred")
    body.push(italic(` (${event.resolution.explanation})`));
  if (isMultiArticle) body.push(text(` [${entry.article.title}]`));
  return item(body, [cite(entry, event.passage)]);
}

/** Removes repeats of one date in one sentence, which several expressions may produce. */
function dedupe(events: readonly PlacedEvent[]): PlacedEvent[] {
  const seen = new Set<string>();
  return events.filter(({ entry, event }) => {
    const key = `${entry.article.id}#${event.passage}#${event.date}#${event.span[0]}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The articles a timeline reads, the events it keeps, and its title. */
function planTimeline(
  kb: KnowledgeBase,
  scope: readonly ArticleEntry[],
  actorName: string,
):
  | { read: readonly ArticleEntry[]; keeps: (placed: PlacedEvent) => boolean; title: string }
  | Answer {
  const title =
    scope.length === 1 && scope[0] ? `Timeline of “${scope[0].article.title}”` : "Timeline";
  if (actorName === "") return { read: scope, keeps: () => true, title };
  // Only the articles naming the actor are opened (named-actors.ts).
  const { named } = findNamedActors(kb, scope, actorName);
  const read = scope.filter((entry) => named.has(entry.article.id));
  const first = read[0] === undefined ? undefined : named.get(read[0].article.id)?.keys().next();
  if (first === undefined || first.done === true) {
    return buildEmptyAnswer(
      "timeline",
      title,
      describeUnknownActor(actorName, suggestActorNames(kb, scope, actorName)),
    );
  }
  return {
    read,
    keeps: ({ entry, event }) => {
      const actors = named.get(entry.article.id);
      return event.actors.some((actor) => actors?.has(actor) === true);
    },
    title: `Timeline: ${first.value}`,
  };
}

export function answerTimeline(kb: KnowledgeBase, options: TimelineOptions): Answer {
  const scope = resolveScope(kb, options.article);
  const actorName = options.actor?.trim() ?? "";
  const plan = planTimeline(kb, scope, actorName);
  if (!("read" in plan)) return plan;
  const { read, keeps, title } = plan;
  if (read.length > ARTICLES_READ_MAX) {
    const hint =
      actorName === ""
        ? describeTooManyArticles("The library holds", read.length, "Add article: or actor:.")
        : describeTooManyArticles(
            `“${actorName.slice(0, 100)}” is in`,
            read.length,
            "Add article:, or a fuller name.",
          );
    return buildEmptyAnswer("timeline", title, hint);
  }
  const events = read
    .flatMap((entry) => entry.analysis.events.map((event) => ({ entry, event })))
    .filter(keeps);
  const ordered = dedupe(events).sort(compareEvents);
  if (ordered.length === 0) {
    return buildEmptyAnswer("timeline", title, "No dated events were found for this.");
  }
  return buildAnswer({
    command: "timeline",
    title,
    intro: [
      text(`${ordered.length} dated ${ordered.length === 1 ? "event" : "events"}, earliest first.`),
    ],
    sections: [
      {
        heading: "Events",
        tone: "info",
        items: ordered.map((e) => eventItem(e, scope.length > 1)),
      },
    ],
    url: scope.length === 1 ? (scope[0]?.article.url ?? null) : null,
  });
}
