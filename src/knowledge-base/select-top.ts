/**
 * The few heaviest of many scored documents in linear time: a one-letter prefix at a million
 * passages scores 30k documents, of which 100 are wanted, so sorting them all is what to avoid.
 */

/**
 * Positions (into `ids` and `values`, which run in parallel) of the `room` largest values; among
 * equal values, those of the smallest ids, so the choice does not hang on the order documents
 * were met in. Unordered.
 */
export function selectHeaviest(
  ids: ArrayLike<number>,
  values: Float64Array,
  room: number,
): number[] {
  const positions: number[] = [];
  if (values.length <= room) {
    for (let at = 0; at < values.length; at++) positions.push(at);
    return positions;
  }
  if (room <= 0) return positions;
  const threshold = selectNth(values.slice(), values.length - room);
  const tied: number[] = [];
  for (let at = 0; at < values.length; at++) {
    const value = values[at] ?? 0;
    if (value > threshold) positions.push(at);
    else if (value === threshold) tied.push(at);
  }
  const wanted = room - positions.length;
  // A tie may hold 25k documents (every one-letter completion weighs the same): its cut is
  // selected, not sorted.
  const tiedIds = Float64Array.from(tied, (at) => ids[at] ?? 0);
  const last = wanted >= tiedIds.length ? Infinity : selectNth(tiedIds.slice(), wanted - 1);
  for (const at of tied) if ((ids[at] ?? 0) <= last) positions.push(at);
  return positions;
}

/** The value that would sit at `nth` if `values` were sorted ascending (quickselect; reorders). */
export function selectNth(values: Float64Array, nth: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const pivot = values[(low + high) >>> 1] ?? 0;
    let left = low;
    let right = high;
    while (left <= right) {
      while ((values[left] ?? 0) < pivot) left++;
      while ((values[right] ?? 0) > pivot) right--;
      if (left <= right) {
        const swap = values[left] ?? 0;
        values[left++] = values[right] ?? 0;
        values[right--] = swap;
      }
    }
    if (nth <= right) high = right;
    else if (nth >= left) low = left;
    else break;
  }
  return values[nth] ?? 0;
}
