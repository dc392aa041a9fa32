/**
 * Fuse.js's bitap scoring of one query word against a field (token search, `ignoreLocation`),
 * ported from Fuse.js 7.5 (Apache-2.0) with the same results: see token-score.ts.
 */

/** Fuse's smallest score for a match, so that a product of scores never reaches 0. */
export const MIN_SCORE = 0.001;
/** Fuse runs bitap on patterns of at most 32 characters; a longer word goes in chunks. */
const CHUNK = 32;

/** One query word's bitap score against a lowercased field, or null where it does not match. */
export function createTermScorer(
  term: string,
  threshold: number,
): (lower: string) => number | null {
  const chunks: Chunk[] = [];
  if (term.length > CHUNK) {
    const remainder = term.length % CHUNK;
    for (let at = 0; at < term.length - remainder; at += CHUNK) {
      chunks.push(chunkOf(term.slice(at, at + CHUNK), at));
    }
    if (remainder) chunks.push(chunkOf(term.slice(term.length - CHUNK), term.length - CHUNK));
  } else {
    chunks.push(chunkOf(term, 0));
  }
  return (lower) => {
    if (lower === term) return 0;
    // Found as typed: bitap's level-0 match, whatever the chunks.
    if (lower.includes(term)) return MIN_SCORE;
    let total = 0;
    let isMatch = false;
    for (const { pattern, alphabet, location } of chunks) {
      const score = bitapScore(lower, pattern, alphabet, threshold, location);
      if (score !== null) isMatch = true;
      total += score ?? 1;
    }
    return isMatch ? total / chunks.length : null;
  };
}

interface Chunk {
  readonly pattern: string;
  /** Bit i set where the pattern has the character i places from its end, by character code. */
  readonly alphabet: PatternAlphabet;
  /** Where the chunk starts in the word: Fuse's expected location for it. */
  readonly location: number;
}

/** Fuse's pattern alphabet, with a flat table for ASCII, the text's usual characters. */
export interface PatternAlphabet {
  readonly ascii: Int32Array;
  readonly other: ReadonlyMap<number, number>;
}

export function createPatternAlphabet(pattern: string): PatternAlphabet {
  const ascii = new Int32Array(128);
  const other = new Map<number, number>();
  for (let at = 0; at < pattern.length; at++) {
    const code = pattern.charCodeAt(at);
    const bit = 1 << (pattern.length - at - 1);
    if (code < 128) ascii[code] = (ascii[code] ?? 0) | bit;
    else other.set(code, (other.get(code) ?? 0) | bit);
  }
  return { ascii, other };
}

function chunkOf(pattern: string, location: number): Chunk {
  return { pattern, alphabet: createPatternAlphabet(pattern), location };
}

/**
 * Fuse's bitap search with `ignoreLocation`: the fewest errors with which `pattern` matches
 * somewhere in `text`, over the pattern's length, or null past `threshold`. `location` (a
 * chunk's place in a long word) bounds the window, as in Fuse.
 *
 * Fuse scans on to the start of the text after a match; with no location to favour, every match
 * at one number of errors scores the same and ends the search, so the first one answers.
 */
export function bitapScore(
  text: string,
  pattern: string,
  alphabet: PatternAlphabet,
  threshold: number,
  location = 0,
): number | null {
  const patternLength = pattern.length;
  const textLength = text.length;
  const expected = Math.max(0, Math.min(location, textLength));
  let currentThreshold = threshold;
  if (text.indexOf(pattern, expected) > -1) currentThreshold = Math.min(0, currentThreshold);
  const { ascii, other } = alphabet;
  let binMax = patternLength + textLength;
  const mask = 1 << (patternLength - 1);
  let bits = new Int32Array(binMax + patternLength + 2);
  let lastBits = new Int32Array(bits.length);
  for (let errors = 0; errors < patternLength; errors++) {
    let binMin = 0;
    let binMid = binMax;
    while (binMin < binMid) {
      if (errors / patternLength <= currentThreshold) binMin = binMid;
      else binMax = binMid;
      binMid = Math.floor((binMax - binMin) / 2 + binMin);
    }
    binMax = binMid;
    const start = Math.max(1, expected - binMid + 1);
    const finish = Math.min(expected + binMid, textLength) + patternLength;
    bits.fill(0);
    bits[finish + 1] = (1 << errors) - 1;
    for (let j = finish; j >= start; j--) {
      const code = j - 1 < textLength ? text.charCodeAt(j - 1) : -1;
      const charMatch = code < 0 ? 0 : code < 128 ? (ascii[code] ?? 0) : (other.get(code) ?? 0);
      let value = (((bits[j + 1] ?? 0) << 1) | 1) & charMatch;
      if (errors) {
        value |= (((lastBits[j + 1] ?? 0) | (lastBits[j] ?? 0)) << 1) | 1 | (lastBits[j + 1] ?? 0);
      }
      bits[j] = value;
      if (value & mask && errors / patternLength <= currentThreshold) {
        return Math.max(MIN_SCORE, errors / patternLength);
      }
    }
    if ((errors + 1) / patternLength > currentThreshold) break;
    [bits, lastBits] = [lastBits, bits];
  }
  return null;
}
