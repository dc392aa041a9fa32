/** Which offsets of a passage stand between double quotation marks, found in one scan. */

// Straight and typographic marks alike: a text may close a quote with the "wrong" curly mark.
const DOUBLE_MARK = /["“”„«»]/g;

/**
 * A test for "is this offset inside a quotation?": marks pair up in reading order, so an
 * offset after an odd number of marks is inside one. A paragraph that continues a quote
 * opens with a mark of its own, so counting restarts with each passage.
 */
export function createQuotedTest(text: string): (offset: number) => boolean {
  const marks = [...text.matchAll(DOUBLE_MARK)].map((match) => match.index);
  return (offset) => countBefore(marks, offset) % 2 === 1;
}

/** How many of the sorted `positions` are below `offset` (binary search). */
function countBefore(positions: readonly number[], offset: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((positions[middle] ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
