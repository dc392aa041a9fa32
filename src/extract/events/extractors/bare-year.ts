/** A year on its own: "in 2020", "by 2018", "since 1992", "WWDC 2005", "the 2008 model year". */
import { formatYear } from "../../../ingest/calendar.ts";
import { createMention, spanOf, stated, type DateExtractor } from "../date-mention.ts";

// Letters, digits, currency, "#", or a digit group/decimal/time/ID joined to it: not a year.
const YEAR = /(?<![\p{L}\p{N}$£€¥#.,:/'’])(1\d{3}|20\d{2})(?![\p{L}\p{N}%]|[.,:/-]\d)/gu;
// Years before 1900 need a word that makes a date of them ("in 1492"), or they are counts.
const STRONG_BEFORE =
  /\b(?:in|since|by|until|till|from|before|after|circa|around the year)\s{1,4}$/i;
// "Russel 2000 Index", "Windows 2000 Server": a number inside a name.
const NAME_WORD_BEFORE = /(?<![.!?] )\b[A-Z][\p{L}]+ $/u;
// "Fan Expo Canada 2016", "Microsoft Windows 2000": a year after two capitalised words.
const NAME_BEFORE = /\p{Lu}[\p{L}.&-]*\s\p{Lu}[\p{L}.&-]*\s$/u;
const NAME_WORD_AFTER = /^ [A-Z][\p{L}]+/u;
// "1999 arrests": a lowercase plural right after the number counts something.
const PLURAL_AFTER = /^ ([a-z]+s)\b/;
const NOT_PLURAL_NOUNS = new Set([
  "was",
  "has",
  "is",
  "as",
  "its",
  "his",
  "this",
  "thus",
  "plus",
  "versus",
  "unless",
  "whereas",
  "less",
]);
// "a 2000 year old tradition", "a 1500-page report": a measure, not a year.
const MEASURE_AFTER =
  /^(?:-\p{Ll}|\s{1,4}(?:year|month|week|day|hour)s?\s{1,4}old\b|\s{1,4}year\b)/u;
// "the 2018 FIFA World Cup", "the 2016 Summer Olympics": after "the", a year before a
// capitalised word opens a name; "the 2014 protests" is a date of the protests.
const DETERMINER_BEFORE = /\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat)\s{1,4}$/;
const HYPHEN_PREFIX = /\b(?:mid|early|late|pre|post)-$/i;
const QUANTITY_BEFORE =
  /(?:\b(?:about|around|some|nearly|almost|over|under|than|approximately|roughly|only|just|least|exactly|total|No\.|no\.|number|Flight|flight|Route|Room|Suite|Highway|Interstate|Bus|Model|model no\.)|[$£€¥]|US\$)\s{0,4}$/;
const UNIT_AFTER =
  /^\s{1,4}(?:people|persons|men|women|children|residents|soldiers|troops|officers|workers|employees|staff|jobs|points|shares|units|cars|vehicles|planes|aircraft|homes|houses|copies|votes|voters|deaths|cases|patients|students|members|miles|kilometers|kilometres|km|metres|meters|feet|ft|kg|pounds|lbs|tons|tonnes|barrels|dollars|euros|pounds|yuan|yen|rupees|hours|hrs|minutes|seconds|days|weeks|months|years|times|percent|per|GMT|UTC|EST|EDT|PST|PDT|BST|CET|local time|to \d)\b/i;

export const bareYearExtractor: DateExtractor = {
  name: "bare-year",
  extract: ({ text }) =>
    [...text.matchAll(YEAR)]
      .filter((match) => isYearInContext(text, match))
      .map((match) => {
        const [start, end] = spanOf(match);
        const date = formatYear(Number(match[1]));
        return createMention(text, start, end, { date, precision: "year" }, stated(match[0], date));
      }),
};

function isYearInContext(text: string, match: RegExpMatchArray): boolean {
  const [start, end] = spanOf(match);
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  if (before.endsWith("-") && !HYPHEN_PREFIX.test(before)) return false;
  if (QUANTITY_BEFORE.test(before) || UNIT_AFTER.test(after) || MEASURE_AFTER.test(after))
    return false;
  const isAfterDeterminer = DETERMINER_BEFORE.test(before);
  const isInsideName =
    ((NAME_WORD_BEFORE.test(before) || isAfterDeterminer) && NAME_WORD_AFTER.test(after)) ||
    NAME_BEFORE.test(before);
  if (isInsideName && !STRONG_BEFORE.test(before)) return false;
  const plural = PLURAL_AFTER.exec(after)?.[1];
  const isCount = plural !== undefined && !NOT_PLURAL_NOUNS.has(plural) && !isAfterDeterminer;
  if (isCount && !STRONG_BEFORE.test(before)) return false;
  return Number(match[1]) >= 1900 || STRONG_BEFORE.test(before);
}
