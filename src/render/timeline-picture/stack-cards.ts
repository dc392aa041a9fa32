/**
 * Stacks event cards over their dates. Each card hangs like a flag from a stem at its date, to
 * the right when it fits, else to the left; a card goes to the lowest level where it overlaps no
 * card and covers no stem of a card above it, so events that crowd one date stack upwards and
 * every stem stays visible down to the axis.
 */

export interface CardRequest {
  readonly stemX: number;
  readonly width: number;
}

export interface CardPlacement {
  /** 0 is the level nearest the axis. */
  readonly level: number;
  readonly x: number;
  readonly stemX: number;
}

const GAP = 8;
/** A stem on a card's own edge is its border, not hidden by it. */
const EDGE = 3;

interface Placed extends CardPlacement {
  readonly width: number;
}

function overlaps(a: number, b: number, placed: Placed): boolean {
  return a < placed.x + placed.width + GAP && placed.x < b + GAP;
}

function coversStem(a: number, b: number, stemX: number): boolean {
  return stemX > a + EDGE && stemX < b - EDGE;
}

function fits(
  placed: readonly Placed[],
  level: number,
  x: number,
  card: CardRequest & { readonly isStrict: boolean },
): boolean {
  const { width, stemX } = card;
  return placed.every((other) => {
    if (other.level === level && overlaps(x, x + width, other)) return false;
    if (!card.isStrict) return true;
    // This card would hide the stem of a card above it, or sit on a stem this card needs.
    if (other.level > level && coversStem(x, x + width, other.stemX)) return false;
    if (other.level < level && coversStem(other.x, other.x + other.width, stemX)) return false;
    return true;
  });
}

/** Levels tried with every stem kept visible before a card may hide a stem. */
const STRICT_LEVELS = 10;

function findPlace(
  placed: readonly Placed[],
  candidates: readonly number[],
  request: CardRequest,
): { level: number; x: number } {
  for (const isStrict of [true, false]) {
    // Without the stem rule a free level always exists: one above every placed card.
    const top = isStrict ? STRICT_LEVELS : placed.length + 1;
    for (let level = 0; level <= top; level += 1) {
      const x = candidates.find((candidate) =>
        fits(placed, level, candidate, { ...request, isStrict }),
      );
      if (x !== undefined) return { level, x };
    }
  }
  return { level: placed.length, x: candidates[0] ?? 0 };
}

/** Places cards in the order given (sort them by stem first) within [left, right]. */
export function stackCards(
  requests: readonly CardRequest[],
  left: number,
  right: number,
): CardPlacement[] {
  const placed: Placed[] = [];
  for (const { stemX, width } of requests) {
    const sides = [stemX, stemX - width].filter((x) => x >= left && x + width <= right);
    const candidates =
      sides.length > 0 ? sides : [Math.min(Math.max(stemX - width / 2, left), right - width)];
    placed.push({ ...findPlace(placed, candidates, { stemX, width }), stemX, width });
  }
  return placed.map(({ level, x, stemX }) => ({ level, x, stemX }));
}
