/**
 * What the timeline picture draws, read from the /timeline answer and the analyses it came from:
 * the answer decides which events appear and in what order (actor filter, repeats removed); the
 * analysis adds what the text answer does not carry (precision, people, their stances).
 */
import type { Actor, Analysis, DatedEvent } from "../../model/analysis.ts";
import type { Answer, Tone } from "../../model/answer.ts";
import type { Article, StanceValue } from "../../model/article.ts";
import { shortenEventText } from "./short-label.ts";

/** An article with its analysis, as the knowledge base holds it. */
export interface AnalyzedArticle {
  readonly article: Article;
  readonly analysis: Analysis;
}

export interface PicturePerson {
  readonly name: string;
  /** The person's stance on the article's central action; null when the article states none. */
  readonly stance: StanceValue | null;
}

export interface PictureEvent {
  readonly articleId: string;
  readonly date: string;
  readonly precision: DatedEvent["precision"];
  /** A few words saying what happened, from the event's sentence. */
  readonly label: string;
  /** The full sentence, for the alt text. */
  readonly text: string;
  /** ¶n of the passage the event cites. */
  readonly passageNumber: number;
  readonly people: readonly PicturePerson[];
}

export interface PictureArticle {
  readonly id: string;
  readonly title: string;
  /** ISO date, or null when unknown. */
  readonly published: string | null;
}

export interface TimelinePictureInput {
  readonly title: string;
  /** One lane per article, in order of first event. */
  readonly articles: readonly PictureArticle[];
  readonly events: readonly PictureEvent[];
}

/** The tone used for a person whose stance the article does not state. */
export const UNSTATED_TONE: Tone = "info";

function peopleOf(event: DatedEvent, analysis: Analysis): PicturePerson[] {
  const byName = new Map<string, Actor>(analysis.actors.map((actor) => [actor.name, actor]));
  const stances = new Map(analysis.stances.map((stance) => [stance.actor, stance.stance]));
  return event.actors
    .filter((name) => byName.get(name)?.kind === "person" || stances.has(name))
    .map((name) => ({ name, stance: stances.get(name) ?? null }));
}

function toPictureEvent(
  event: DatedEvent,
  entry: AnalyzedArticle,
  passageNumber: number,
): PictureEvent {
  return {
    articleId: entry.article.id,
    date: event.date,
    precision: event.precision,
    label: shortenEventText(event.text, event.expression),
    text: event.text,
    passageNumber,
    people: peopleOf(event, entry.analysis),
  };
}

/**
 * Pairs each answer item with its event: same article, same passage, same sentence (the item's
 * third run is the event's text, as `answerTimeline` writes it). Items with no match are skipped.
 */
export function collectPictureInput(
  answer: Answer,
  entries: readonly AnalyzedArticle[],
): TimelinePictureInput {
  const byId = new Map(entries.map((entry) => [entry.article.id, entry]));
  const used = new Set<DatedEvent>();
  const events: PictureEvent[] = [];
  const articles = new Map<string, PictureArticle>();
  for (const item of answer.sections.flatMap((section) => section.items)) {
    const citation = item.citations[0];
    const entry = citation === undefined ? undefined : byId.get(citation.articleId);
    if (citation === undefined || entry === undefined) continue;
    const sentence = item.body[2]?.text;
    const event = entry.analysis.events.find(
      (candidate) =>
        !used.has(candidate) &&
        candidate.passage === citation.passage &&
        candidate.text === sentence,
    );
    if (event === undefined) continue;
    used.add(event);
    events.push(toPictureEvent(event, entry, citation.n));
    const { id, title, published } = entry.article;
    if (!articles.has(id)) articles.set(id, { id, title, published });
  }
  return { title: answer.title, articles: [...articles.values()], events };
}
