/**
 * Over-long paragraphs are split into sentence-aligned pieces at ingest (issue 13 #4): ranking,
 * highlighting and extraction then work on pieces of bounded length, so one 2 MB paragraph
 * cannot make every /search scan megabytes. Each piece keeps its paragraph's number: ¶12 split
 * in three is p12a, p12b, p12c, all cited as ¶12, so the numbering stays the article's own.
 */

/** Longer than any ordinary news paragraph (those run under 1,500 characters) or pasted line. */
export const MAX_PASSAGE_CHARS = 4_000;

// A sentence end: . ! or ? with any closing quotes or brackets, then whitespace.
const SENTENCE_END = /[.!?…]["”’')\]]*\s/g;

/**
 * Cuts `text` into pieces of at most `maxChars`, each ending at a sentence end when one lies in
 * the second half of the window, else at a space, else (one endless word) at the limit.
 * Linear: each character is looked at a bounded number of times.
 */
export function splitLongText(text: string, maxChars = MAX_PASSAGE_CHARS): string[] {
  if (text.length <= maxChars) return [text];
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > maxChars) {
    const limit = start + maxChars;
    const cut = findCut(text, start + Math.floor(maxChars / 2), limit);
    const piece = text.slice(start, cut).trim();
    if (piece !== "") pieces.push(piece);
    start = cut;
  }
  const rest = text.slice(start).trim();
  if (rest !== "") pieces.push(rest);
  return pieces;
}

function findCut(text: string, from: number, limit: number): number {
  let cut = -1;
  SENTENCE_END.lastIndex = from;
  for (let match = SENTENCE_END.exec(text); match !== null; match = SENTENCE_END.exec(text)) {
    const end = match.index + match[0].length;
    if (end > limit) break;
    cut = end;
  }
  if (cut > 0) return cut;
  const space = text.lastIndexOf(" ", limit);
  return space > from ? space + 1 : limit;
}

/** "a", "b", … "z", "aa", "ab", …: the suffix of the i-th piece of one paragraph. */
export function pieceSuffix(index: number): string {
  let rest = index;
  let suffix = "";
  do {
    suffix = String.fromCharCode(97 + (rest % 26)) + suffix;
    rest = Math.floor(rest / 26) - 1;
  } while (rest >= 0);
  return suffix;
}
