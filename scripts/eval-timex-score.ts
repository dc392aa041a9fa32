/** Scores the date finder against MEANTIME gold time expressions (see data/timex/README.md). */
import { findDates } from "../src/extract/events/find-dates.ts";

/** A date finder under test: text and publication date in, expressions with values out. */
export type DateFinder = (
  text: string,
  referenceDate: string,
) => ReadonlyArray<{ expression: string; span: readonly [number, number]; date: string }>;

const findOwnDates: DateFinder = (text, referenceDate) => findDates(text, { referenceDate });

export interface GoldTimex {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: string;
  readonly value: string;
  readonly dct?: boolean;
}

export interface TimexDocument {
  readonly id: string;
  readonly dct: string;
  readonly text: string;
  readonly timexes: readonly GoldTimex[];
}

export interface Finding {
  readonly documentId: string;
  readonly text: string;
  readonly context: string;
  readonly detail: string;
}

export interface TimexScore {
  readonly goldCount: number;
  readonly foundCount: number;
  readonly correctCount: number;
  readonly systemCount: number;
  readonly falsePositiveCount: number;
  readonly misses: readonly Finding[];
  readonly wrongValues: readonly Finding[];
  readonly falsePositives: readonly Finding[];
}

// A calendar value, optionally with a time of day ("2009-12-15T18:00Z", "2008-01-09TMO").
const CALENDAR_VALUE = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T.*)?$/;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

function contextOf(text: string, start: number, end: number): string {
  return text.slice(Math.max(0, start - 50), end + 30).replace(/\s+/g, " ");
}

/** Recall, value accuracy and precision of a date finder (ours by default) over the documents. */
export function scoreTimex(
  documents: readonly TimexDocument[],
  finder: DateFinder = findOwnDates,
): TimexScore {
  const scores = documents.map((document) => scoreDocument(document, finder));
  const sum = (count: (score: TimexScore) => number): number =>
    scores.reduce((total, score) => total + count(score), 0);
  return {
    goldCount: sum((score) => score.goldCount),
    foundCount: sum((score) => score.foundCount),
    correctCount: sum((score) => score.correctCount),
    systemCount: sum((score) => score.systemCount),
    falsePositiveCount: sum((score) => score.falsePositiveCount),
    misses: scores.flatMap((score) => score.misses),
    wrongValues: scores.flatMap((score) => score.wrongValues),
    falsePositives: scores.flatMap((score) => score.falsePositives),
  };
}

function scoreDocument(document: TimexDocument, finder: DateFinder): TimexScore {
  const dateline = document.timexes.filter((timex) => timex.dct === true);
  const gold = document.timexes.filter((timex) => timex.dct !== true);
  // The dateline is metadata in real use: what is found there counts neither way.
  const found = finder(document.text, document.dct)
    .map((mention) => ({ ...mention, start: mention.span[0], end: mention.span[1] }))
    .filter((mention) => !dateline.some((timex) => overlaps(timex, mention)));
  const calendarGold = gold.flatMap((timex) => {
    const calendar = CALENDAR_VALUE.exec(timex.value)?.[1];
    const isDate = timex.type === "DATE" || timex.type === "TIME";
    return calendar !== undefined && isDate ? [{ ...timex, calendar }] : [];
  });
  const misses: Finding[] = [];
  const wrongValues: Finding[] = [];
  let correctCount = 0;
  for (const timex of calendarGold) {
    const hit = found.find((mention) => overlaps(timex, mention));
    const context = contextOf(document.text, timex.start, timex.end);
    const finding = { documentId: document.id, text: timex.text, context };
    // Equal at gold's precision: a day found for a gold year counts when the year matches.
    if (hit === undefined) misses.push({ ...finding, detail: `gold ${timex.value}` });
    else if (hit.date.startsWith(timex.calendar)) correctCount += 1;
    else
      wrongValues.push({
        ...finding,
        detail: `gold ${timex.calendar}, found ${hit.date} (“${hit.expression}”)`,
      });
  }
  const falsePositives = findFalsePositives(document, gold, found);
  return {
    goldCount: calendarGold.length,
    foundCount: calendarGold.length - misses.length,
    correctCount,
    systemCount: found.length,
    falsePositiveCount: falsePositives.length,
    misses,
    wrongValues,
    falsePositives,
  };
}

/** Found expressions that overlap no gold time expression of any type. */
function findFalsePositives(
  document: TimexDocument,
  gold: readonly GoldTimex[],
  found: ReadonlyArray<{ expression: string; date: string; start: number; end: number }>,
): Finding[] {
  return found
    .filter((mention) => !gold.some((timex) => overlaps(timex, mention)))
    .map((mention) => ({
      documentId: document.id,
      text: mention.expression,
      context: contextOf(document.text, mention.start, mention.end),
      detail: `found ${mention.date}`,
    }));
}
