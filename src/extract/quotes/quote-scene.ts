/** What attribution rules read: passages, their sentences, actor mentions and sentence subjects. */
import type { Actor, Span } from "../../model/analysis.ts";
import type { Article } from "../../model/article.ts";
import { findMentions, formsOf, type Mention } from "../actors/find-mentions.ts";
import { fitsPronoun } from "./pronoun-fit.ts";
import type { QuoteCandidate } from "./quote-candidate.ts";
import { findSentences } from "./sentences.ts";
import { findSubjectMention } from "./subjects.ts";

export interface SubjectEvent {
  readonly passageIndex: number;
  readonly offset: number;
  readonly actorId: string;
}

export interface QuoteScene {
  readonly article: Article;
  readonly actorsById: ReadonlyMap<string, Actor>;
  readonly sentences: readonly (readonly Span[])[];
  /** Mentions outside quotation marks, per passage. */
  readonly mentions: readonly (readonly Mention[])[];
  /** The first subject of each sentence, in reading order: what "he" and "she" point back to. */
  readonly subjects: readonly SubjectEvent[];
  /** Speakers of the quotes attributed so far, in reading order: the subjects of speech acts. */
  readonly speakers: readonly SubjectEvent[];
}

function isInsideQuote(quotes: readonly QuoteCandidate[], mention: Mention): boolean {
  return quotes.some((quote) => mention.start >= quote.span[0] && mention.end <= quote.span[1]);
}

export function buildQuoteScene(
  article: Article,
  actors: readonly Actor[],
  quotes: readonly QuoteCandidate[],
): QuoteScene {
  const forms = actors.map(formsOf);
  const sentences = article.passages.map((passage) => findSentences(passage.text));
  const mentions = article.passages.map((passage, index) => {
    const inPassage = quotes.filter((quote) => quote.passageIndex === index);
    return findMentions(passage.text, forms).filter(
      (mention) => !isInsideQuote(inPassage, mention),
    );
  });
  const subjects: SubjectEvent[] = [];
  article.passages.forEach((passage, passageIndex) => {
    for (const sentence of sentences[passageIndex] ?? []) {
      const subject = findSubjectMention(
        passage.text,
        mentions[passageIndex] ?? [],
        sentence[0],
        sentence[1],
      );
      if (subject) subjects.push({ passageIndex, offset: subject.start, actorId: subject.actorId });
    }
  });
  return {
    article,
    actorsById: new Map(actors.map((actor) => [actor.id, actor])),
    sentences,
    mentions,
    subjects,
    speakers: [],
  };
}

function isBefore(event: SubjectEvent, passageIndex: number, offset: number): boolean {
  return (
    event.passageIndex < passageIndex ||
    (event.passageIndex === passageIndex && event.offset < offset)
  );
}

/** Index of the last event before a position (-1 if none); binary search, so resolving stays n log n. */
function lastIndexBefore(
  events: readonly SubjectEvent[],
  passageIndex: number,
  offset: number,
): number {
  let [low, high] = [0, events.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (isBefore(events[middle] as SubjectEvent, passageIndex, offset)) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/**
 * The actor "he", "she", "it" or "they" at a position refers to: the latest sentence subject or
 * quote speaker before it that the pronoun fits ("…", said KCNA. "…", it added).
 */
export function resolvePronoun(
  scene: QuoteScene,
  pronoun: string,
  passageIndex: number,
  offset: number,
): string | null {
  let subject = lastIndexBefore(scene.subjects, passageIndex, offset);
  let speaker = lastIndexBefore(scene.speakers, passageIndex, offset);
  while (subject >= 0 || speaker >= 0) {
    const [a, b] = [scene.subjects[subject], scene.speakers[speaker]];
    const isSpeakerLater =
      b !== undefined && (a === undefined || !isBefore(b, a.passageIndex, a.offset));
    const event = (isSpeakerLater ? b : a) as SubjectEvent;
    if (isSpeakerLater) speaker -= 1;
    else subject -= 1;
    if (fitsPronoun(scene.actorsById.get(event.actorId), pronoun)) return event.actorId;
  }
  return null;
}

export function mentionsIn(
  scene: QuoteScene,
  passageIndex: number,
  start: number,
  end: number,
): readonly Mention[] {
  return (scene.mentions[passageIndex] ?? []).filter(
    (mention) => mention.start >= start && mention.end <= end,
  );
}

export function passageText(scene: QuoteScene, passageIndex: number): string {
  return scene.article.passages[passageIndex]?.text ?? "";
}
