import { describe, expect, it } from "vitest";
import { speakersOf } from "./quotes-of.ts";

const LEAD = "Harbor councillor Tomasz Wieczorek-Abara spoke at the meeting on Monday.";

/** Each case: paragraphs, then per quote [passage, first 24 characters, speaker]. */
const CASES: readonly {
  readonly form: string;
  readonly paragraphs: readonly string[];
  readonly expected: readonly (readonly [string, string, string | null])[];
}[] = [
  {
    form: '"…," commented X: reporting verbs other than said, after the quote',
    paragraphs: [LEAD, '"The ferry is late every day," commented Wieczorek-Abara.'],
    expected: [["p2", "The ferry is late every ", "Tomasz Wieczorek-Abara"]],
  },
  {
    form: '"…," X reasoned: the verb after the speaker',
    paragraphs: [LEAD, '"A second pier costs less," Wieczorek-Abara reasoned.'],
    expected: [["p2", "A second pier costs less", "Tomasz Wieczorek-Abara"]],
  },
  {
    form: "X dubbed it / characterized X as: a fragment after an evaluative reporting verb",
    paragraphs: [
      LEAD,
      'Wieczorek-Abara dubbed the timetable "a work of fiction".',
      'He characterized the operator as "asleep at the wheel".',
    ],
    expected: [
      ["p2", "a work of fiction", "Tomasz Wieczorek-Abara"],
      ["p3", "asleep at the wheel", "Tomasz Wieczorek-Abara"],
    ],
  },
  {
    form: '"…", it added: the pronoun points back to the organisation that spoke the quote before',
    paragraphs: [
      'Councillor Tomasz Wieczorek-Abara met the board. "Fares will rise", said the Harbor Transit Authority. "Service will improve", it added.',
    ],
    expected: [
      ["p1", "Fares will rise", "Harbor Transit Authority"],
      ["p1", "Service will improve", "Harbor Transit Authority"],
    ],
  },
  {
    form: "a quote standing alone after a sentence whose subject speaks (X noted …)",
    paragraphs: [
      LEAD,
      'Wieczorek-Abara noted the ferries are old. "Half of them were built before 1980."',
    ],
    expected: [["p2", "Half of them were built ", "Tomasz Wieczorek-Abara"]],
  },
  {
    form: "a title in quotes after a preposition is nobody's words; the speech beside it keeps its speaker",
    paragraphs: [
      LEAD,
      'Norvik launched a site. "Support has ended," Norvik says on "The Norvik Countdown". Wieczorek-Abara said: "Good riddance."',
    ],
    expected: [
      ["p2", "Support has ended", "Norvik"],
      ["p2", "The Norvik Countdown", null],
      ["p2", "Good riddance.", "Tomasz Wieczorek-Abara"],
    ],
  },
];

/** A standalone quote after a sentence whose subject does something other than speak stays unattributed. */
const NOT_ATTRIBUTED: readonly (readonly string[])[] = [
  [LEAD, 'Wieczorek-Abara boarded the ferry at noon. "Tickets, please."'],
  [LEAD, '"The ferry is late," commented one passenger.'],
];

describe("speaker forms", () => {
  it.each(CASES)("$form", ({ paragraphs, expected }) => {
    const { rows, trace } = speakersOf(paragraphs);
    expect(rows, trace).toEqual(expected);
  });

  it.each(NOT_ATTRIBUTED)("names no speaker: %s / %s", (...paragraphs) => {
    const { rows, trace } = speakersOf(paragraphs);
    expect(
      rows.map((row) => row[2]),
      trace,
    ).toEqual([null]);
  });
});
