/** The metadata lines at the top of a pasted page: date lines, glued sections, bylines. */
import { matchLeadingDate } from "./calendar-date.ts";
import { countWords } from "./normalize-whitespace.ts";

const MAX_DATE_LINE_LENGTH = 100;
const MAX_SECTION_LENGTH = 40;
const MAX_SECTION_WORDS = 5;
// "10:31 AM ET", "at 5 p.m.", "— 07:45 BST", "5:12 AM GMT+1" after the date: the time of day, not a section.
const TIME_OF_DAY =
  /^,? *(?:[|·•—–-] *)?(?:at +)?\d{1,2}(?:[:.]\d{2})? *(?:[ap]\.?m\.?)?(?: +\p{Lu}{2,5}(?:[+-]\d{1,2})?)?$/iu;
// "· Updated 9:42 a.m.", "Updated 2 hours ago", "Last updated 10:02 BST": the page's edit time, not a section.
const UPDATED_TAIL = / *(?:[|·•—–-] *)?(?:last +)?updated\b[^|·•]{0,40}$/iu;
const SECTION_SEPARATOR = /^ *[|·•—–-] */;
const SECTION_WORD = /^(?:[\p{Lu}\p{N}]|&$)/u;

/** What a date line says: the ISO date (null when not a real day), and a section if glued on. */
export interface DateLine {
  readonly written: string;
  readonly iso: string | null;
  readonly section: string | null;
  /** All numbers, and day and month could be either way round. */
  readonly isAmbiguous: boolean;
}

/**
 * A line that is only a date, possibly with a time or a section name after it:
 * "Wednesday, April 13, 2011", "November 17, 2023China News", "17 Nov 2023 | World".
 */
export function matchDateLine(line: string): DateLine | null {
  if (line.length > MAX_DATE_LINE_LENGTH) return null;
  const date = matchLeadingDate(line);
  if (date === null) return null;
  const written = date.written.trim();
  const rest = date.rest.replace(UPDATED_TAIL, "");
  if (rest.trim() === "" || TIME_OF_DAY.test(rest)) {
    return { written, iso: date.iso, section: null, isAmbiguous: date.isAmbiguous };
  }
  // The page puts the section right after the year, with or without a space or separator.
  const section = rest.replace(SECTION_SEPARATOR, "").trim();
  return isSectionName(section)
    ? { written, iso: date.iso, section, isAmbiguous: date.isAmbiguous }
    : null;
}

function isSectionName(text: string): boolean {
  const words = text.split(" ");
  const lastCharacter = text.at(-1) ?? "";
  return (
    text.length > 0 &&
    text.length <= MAX_SECTION_LENGTH &&
    countWords(text) <= MAX_SECTION_WORDS &&
    words.every((word) => SECTION_WORD.test(word)) &&
    /[\p{L}\p{N}]/u.test(lastCharacter)
  );
}
