/** Sentence bounds inside one passage, aware of abbreviations and of quotes that end a sentence. */
import { alternationOf, MONTH_ABBREVIATIONS } from "../../ingest/calendar.ts";
import type { Span } from "../../model/analysis.ts";

/** A sentence end: . ! or ? (with closing quotes) before a space and a capital, digit or opening quote. */
const SENTENCE_END = /[.!?…]["”’'“]?(?=\s+["“‘]?[\p{Lu}\d])/gu;
const ABBREVIATION_BEFORE = new RegExp(
  `(?:\\b(?:Mr|Ms|Mrs|Dr|St|Jr|Sr|Sen|Rep|Gov|Gen|Prof|Mx|Corp|Inc|Ltd|Calif|${alternationOf(MONTH_ABBREVIATIONS)}|No|vs|U\\.S|U\\.K|D\\.C)|\\b\\p{Lu})$`,
  "u",
);

/** Spans of the sentences of `text`, covering it from start to end. */
export function findSentences(text: string): readonly Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    if (
      match[0].startsWith(".") &&
      ABBREVIATION_BEFORE.test(text.slice(Math.max(0, match.index - 6), match.index))
    )
      continue;
    const end = match.index + match[0].length;
    spans.push([start, end]);
    start = end;
    while (start < text.length && /\s/u.test(text[start] ?? "")) start += 1;
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}

/** The sentence that contains `offset` (the last one when the offset is past the end). */
export function findSentenceAt(sentences: readonly Span[], offset: number): Span {
  return (
    sentences.find(([start, end]) => offset >= start && offset < end) ??
    sentences[sentences.length - 1] ?? [0, 0]
  );
}
