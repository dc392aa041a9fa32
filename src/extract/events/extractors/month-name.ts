/** A month named alone: "in March", "since November", "last September", "their January sales". */
import {
  describeDay,
  formatMonth,
  monthNumberOf,
  type CalendarDay,
} from "../../../ingest/calendar.ts";
import {
  createMention,
  inferred,
  spanOf,
  type DateExtractor,
  type DateInput,
  type DateMention,
} from "../date-mention.ts";
import { MONTH_FULL, NOT_BEFORE_WORD, withEitherInitial } from "../patterns.ts";
import { chooseYearForMonth, chooseYearForNamedMonth } from "../resolve-year.ts";
import { detectTense } from "../tense.ts";

const PREPOSITIONS = withEitherInitial(
  "in|since|by|until|till|through|throughout|from|during|of|before|after|early|late|mid-?|last|next|coming|past",
);
const DETERMINERS = withEitherInitial("to|and|or|the|their|its|his|her|our|this");
// "May" and "March" are also a verb and a noun; take them only after a true preposition.
const AMBIGUOUS_MONTHS = /^(?:May|March)$/;
const NO_DAY_OR_YEAR_AFTER = "(?!,?\\s{1,4}(?:of\\s{1,4})?\\d)";
const NAMED_MONTH = new RegExp(
  `\\b(?:([Ll]ast|[Nn]ext|[Tt]his coming|[Tt]his past)\\s{1,4})?(?<=\\b(?:${PREPOSITIONS}|${DETERMINERS})[\\s-])(${MONTH_FULL})${NOT_BEFORE_WORD}${NO_DAY_OR_YEAR_AFTER}`,
  "gu",
);
const TRUE_PREPOSITION = new RegExp(`\\b(?:${PREPOSITIONS})[\\s-]$`);

export const monthNameExtractor: DateExtractor = {
  name: "month-name",
  extract: (input) => {
    const { text, reference } = input;
    if (reference === null) return [];
    return [...text.matchAll(NAMED_MONTH)]
      .map((match) => toMention(input, reference, match))
      .filter((mention): mention is DateMention => mention !== null);
  },
};

function toMention(
  { text, sentences }: DateInput,
  reference: CalendarDay,
  match: RegExpMatchArray,
): DateMention | null {
  const name = match[2] ?? "";
  const month = monthNumberOf(name);
  const [start, end] = spanOf(match);
  const before = text.slice(Math.max(0, start - 12), end - name.length);
  // A capitalised word after it makes a name of it ("in May Street", "to April Ryan"), unless
  // a true preposition comes first ("in January Apple said"); "May" and "March" need both.
  const isAfterPreposition = TRUE_PREPOSITION.test(before);
  const isBeforeName = /^ \p{Lu}/u.test(text.slice(end, end + 2));
  const isName = AMBIGUOUS_MONTHS.test(name)
    ? !isAfterPreposition || isBeforeName
    : !isAfterPreposition && isBeforeName;
  if (month === null || isName) return null;
  const direction = directionOf(match[1]);
  const choice =
    direction === null
      ? chooseYearForMonth(month, reference, detectTense(text, [start, end], sentences))
      : {
          year: chooseYearForNamedMonth(month, reference, direction),
          why: `the ${direction === "this" ? "" : `${direction} `}${name} ${DIRECTION_WORDS[direction]} publication on ${describeDay(reference)}`,
        };
  const date = formatMonth(choice.year, month);
  return createMention(
    text,
    start,
    end,
    { date, precision: "month" },
    inferred(match[0], date, choice.why),
  );
}

const DIRECTION_WORDS = { last: "before", next: "after", this: "of the year of" } as const;

function directionOf(word: string | undefined): "last" | "next" | "this" | null {
  if (word === undefined) return null;
  const lower = word.toLowerCase();
  if (lower === "last" || lower === "this past") return "last";
  if (lower === "next" || lower === "this coming") return "next";
  return "this";
}
