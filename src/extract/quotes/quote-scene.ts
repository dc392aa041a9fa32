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
  };
}

/** The actor "he", "she", "it" or "they" at a position refers to: the latest sentence subject before it. */
export function resolvePronoun(
  scene: QuoteScene,
  pronoun: string,
  passageIndex: number,
  offset: number,
): string | null {
  for (let index = scene.subjects.length - 1; index >= 0; index -= 1) {
    const event = scene.subjects[index] as SubjectEvent;
    const isBefore =
      event.passageIndex < passageIndex ||
      (event.passageIndex === passageIndex && event.offset < offset);
    if (!isBefore) continue;
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
