/** Photo credits in captions: "(Justin Sullivan/Getty Images)" names a photographer, not an actor. */

const CREDIT_PATTERN =
  /\((?:photo:?\s*|image:?\s*)?[^()/\n]{1,60}\/[^()\n]{1,60}\)|\((?:photo|image|credit)s?:?\s[^()\n]{1,80}\)/giu;

/** Spans of the photo credits in a text. */
export function findCreditSpans(text: string): readonly (readonly [number, number])[] {
  return [...text.matchAll(CREDIT_PATTERN)].map(
    (match) => [match.index, match.index + match[0].length] as const,
  );
}

export function isInsideAny(
  spans: readonly (readonly [number, number])[],
  offset: number,
): boolean {
  return spans.some(([start, end]) => offset >= start && offset < end);
}
