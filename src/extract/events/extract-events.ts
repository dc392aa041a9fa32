/** Dated events: every date expression in the article with the sentence or clause it dates. */
import type { Actor, DatedEvent } from "../../model/analysis.ts";
import type { Passage } from "../../model/article.ts";
import type { ExtractContext } from "../context.ts";
import type { Span } from "../../model/analysis.ts";
import { findActorsIn } from "../shared/actor-mentions.ts";
import { splitSentences, type TextSlice } from "../shared/sentences.ts";
import type { DateMention } from "./date-mention.ts";
import { clausesAround } from "./event-clauses.ts";
import { EVENT_FILTERS } from "./event-filters.ts";
import { findDates } from "./find-dates.ts";
import { createQuotedTest } from "./quoted-regions.ts";

/**
 * Headings are left out: a section heading or repeated headline is a label, not a statement,
 * and its date (if any) is reported again in the body. Captions are kept: a caption dates
 * the photo it describes ("… speaks in San Francisco on Nov. 16, 2023").
 */
const isDatable = (passage: Passage): boolean => passage.kind !== "heading";

/** A mention that dates a statement, with the sentence it stands in. */
interface PlacedMention {
  readonly mention: DateMention;
  readonly sentence: TextSlice;
}

/** One event per date expression in each paragraph and caption, by passage then offset. */
export function extractEvents(
  ctx: ExtractContext,
  actors: readonly Actor[],
): readonly DatedEvent[] {
  if (ctx.referenceDate === null)
    ctx.trace(() => "events: no publication date, relative dates are skipped");
  const events: DatedEvent[] = [];
  const seen = new Set<string>();
  let anchor: DateMention | null = null;
  for (const passage of ctx.article.passages.filter(isDatable)) {
    // Each passage is split into sentences once; tense and clauses read these same sentences.
    const sentences = splitSentences(passage.text);
    const mentions = findDates(passage.text, {
      referenceDate: ctx.referenceDate,
      anchor,
      sentences,
    });
    anchor = mentions.at(-1) ?? anchor;
    const placed = keepStatements(
      ctx,
      passage.text,
      placeInSentences(passage.text, sentences, mentions),
    );
    for (const event of buildPassageEvents(passage, placed, actors)) {
      const key = `${event.passage}\u0000${event.date}\u0000${event.text}`;
      if (seen.has(key)) ctx.trace(() => `events: dropped duplicate “${event.expression}”`);
      else events.push(event);
      seen.add(key);
    }
  }
  return events;
}

/** Pairs each mention with its sentence in one walk (both are in reading order). */
function placeInSentences(
  text: string,
  sentences: readonly TextSlice[],
  mentions: readonly DateMention[],
): PlacedMention[] {
  const whole: TextSlice = { text, span: [0, text.length] };
  let index = 0;
  return mentions.map((mention) => {
    while (index < sentences.length && (sentences[index]?.span[1] ?? 0) <= mention.span[0])
      index += 1;
    const sentence = sentences[index];
    const isInside = sentence !== undefined && sentence.span[0] <= mention.span[0];
    return {
      mention,
      sentence: isInside && mention.span[1] <= sentence.span[1] ? sentence : whole,
    };
  });
}

/** Drops the mentions an event filter rejects (see EVENT_FILTERS), saying why in the trace. */
function keepStatements(
  ctx: ExtractContext,
  text: string,
  placed: readonly PlacedMention[],
): PlacedMention[] {
  const isQuoted = createQuotedTest(text);
  return placed.filter(({ mention, sentence }, index) => {
    const scene = {
      text,
      mention,
      previous: placed[index - 1]?.mention ?? null,
      sentence,
      referenceDate: ctx.referenceDate,
      isQuoted: isQuoted(mention.span[0]),
    };
    const filter = EVENT_FILTERS.find((candidate) => candidate.rejects(scene));
    if (filter !== undefined)
      ctx.trace(() => `events: “${mention.expression}” is no event (${filter.name})`);
    return filter === undefined;
  });
}

function buildPassageEvents(
  passage: Passage,
  placed: readonly PlacedMention[],
  actors: readonly Actor[],
): DatedEvent[] {
  const events: DatedEvent[] = [];
  for (let start = 0; start < placed.length;) {
    const sentence = placed[start]?.sentence;
    let end = start;
    while (end < placed.length && placed[end]?.sentence === sentence) end += 1;
    const group = placed.slice(start, end);
    const clauses = sentence
      ? clausesAround(
          passage.text,
          sentence,
          group.map(({ mention }) => mention.span),
        )
      : [];
    group.forEach(({ mention }, index) => {
      const clause = boundAround(
        passage.text,
        clauses[index] ?? sentence ?? { text: passage.text, span: [0, 0] },
        mention.span,
      );
      events.push({
        date: mention.date,
        precision: mention.precision,
        expression: mention.expression,
        expressionSpan: mention.span,
        text: clause.text,
        span: clause.span,
        passage: passage.id,
        actors: findActorsIn(clause.text, actors),
        resolution: mention.resolution,
      });
    });
    start = end;
  }
  return events;
}

// A sentence that never ends (a pasted list, a run-on page) would give every date in it the
// same huge text; past this length an event keeps only the words around its date, so what
// events hold stays linear in the article.
const MAX_EVENT_TEXT = 1000;
const REACH = MAX_EVENT_TEXT / 2;

/** The clause, or a window of it around the date cut at spaces when the clause is too long. */
function boundAround(text: string, clause: TextSlice, expression: Span): TextSlice {
  if (clause.text.length <= MAX_EVENT_TEXT) return clause;
  let from = Math.max(clause.span[0], expression[0] - REACH);
  let to = Math.min(clause.span[1], expression[1] + REACH);
  const firstSpace = text.indexOf(" ", from);
  if (from > clause.span[0] && firstSpace >= 0 && firstSpace < expression[0]) from = firstSpace + 1;
  const lastSpace = text.lastIndexOf(" ", to);
  if (to < clause.span[1] && lastSpace >= expression[1]) to = lastSpace;
  const span = trimmedSpan(text, from, to);
  return { text: text.slice(span[0], span[1]), span };
}

function trimmedSpan(text: string, from: number, to: number): Span {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start] ?? "")) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end -= 1;
  return [start, end];
}
