/** Dated events: every date expression in the article with the sentence or clause it dates. */
import type { Actor, DatedEvent } from "../../model/analysis.ts";
import type { Passage } from "../../model/article.ts";
import type { ExtractContext } from "../context.ts";
import { findActorsIn } from "../shared/actor-mentions.ts";
import {
  endClauseAfter,
  splitClausesAt,
  splitSentences,
  type TextSlice,
} from "../shared/sentences.ts";
import type { DateMention } from "./date-mention.ts";
import { findDates } from "./find-dates.ts";

/**
 * Headings are left out: a section heading or repeated headline is a label, not a statement,
 * and its date (if any) is reported again in the body. Captions are kept: a caption dates
 * the photo it describes ("… speaks in San Francisco on Nov. 16, 2023").
 */
const isDatable = (passage: Passage): boolean => passage.kind !== "heading";

/** One event per date expression in each paragraph and caption, by passage then offset. */
export function extractEvents(
  ctx: ExtractContext,
  actors: readonly Actor[],
): readonly DatedEvent[] {
  if (ctx.referenceDate === null)
    ctx.trace(() => "events: no publication date, relative dates are skipped");
  const events: DatedEvent[] = [];
  let anchor: DateMention | null = null;
  for (const passage of ctx.article.passages.filter(isDatable)) {
    const mentions = findDates(passage.text, { referenceDate: ctx.referenceDate, anchor });
    anchor = mentions.at(-1) ?? anchor;
    for (const event of buildPassageEvents(passage, mentions, actors)) {
      const isDuplicate = events.some(
        (other) =>
          other.passage === event.passage && other.date === event.date && other.text === event.text,
      );
      if (isDuplicate) ctx.trace(() => `events: dropped duplicate “${event.expression}”`);
      else events.push(event);
    }
  }
  return events;
}

function buildPassageEvents(
  passage: Passage,
  mentions: readonly DateMention[],
  actors: readonly Actor[],
): DatedEvent[] {
  const sentences = splitSentences(passage.text);
  return mentions.map((mention) => {
    const sentence = sentences.find(
      (s) => s.span[0] <= mention.span[0] && mention.span[1] <= s.span[1],
    );
    const clause = sentence ? clauseOf(sentence, mention, mentions) : wholeOf(passage.text);
    return {
      date: mention.date,
      precision: mention.precision,
      expression: mention.expression,
      expressionSpan: mention.span,
      text: clause.text,
      span: clause.span,
      passage: passage.id,
      actors: findActorsIn(clause.text, actors),
      resolution: mention.resolution,
    };
  });
}

/** A sentence with several dates is cut into clauses, one around each date. */
function clauseOf(
  sentence: TextSlice,
  mention: DateMention,
  all: readonly DateMention[],
): TextSlice {
  const inSentence = all.filter(
    (other) => sentence.span[0] <= other.span[0] && other.span[1] <= sentence.span[1],
  );
  if (inSentence.length < 2) return sentence;
  const clauses = splitClausesAt(
    sentence,
    inSentence.map((other) => other.span),
  );
  const clause = clauses.find((c) => c.span[0] <= mention.span[0] && mention.span[1] <= c.span[1]);
  return clause === undefined ? sentence : endClauseAfter(clause, mention.span[1]);
}

function wholeOf(text: string): TextSlice {
  return { text, span: [0, text.length] };
}
