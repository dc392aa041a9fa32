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
  {
    form: "the authority argued / it added: a definite description names the organisation that holds the noun",
    paragraphs: [
      "The Norvik Port Authority (NPA) met on Friday.",
      'The authority argued that "the plan is legal." "We followed every rule," it added.',
    ],
    expected: [
      ["p2", "the plan is legal", "Norvik Port Authority"],
      ["p2", "We followed every rule", "Norvik Port Authority"],
    ],
  },
  {
    form: "the report's authors wrote: the organisation that published the report",
    paragraphs: [
      'The Ocean Watch Trust published a report on Tuesday. The report\'s authors wrote: "Dredging will harm the reef."',
    ],
    expected: [["p1", "Dredging will harm the r", "Ocean Watch Trust"]],
  },
  {
    form: "said Kovacs: a reporter's spelling without the accent is the same person",
    paragraphs: [
      '"Costs will double," said Kovacs, the city engineer. Zoltán Kovács joined the project last year.',
    ],
    expected: [["p1", "Costs will double", "Zoltán Kovács"]],
  },
  {
    form: "in the words of the director, X: a source phrase leads into the quote",
    paragraphs: [
      'In the words of the harbour director, Piet Kuipers, "the channel is too shallow."',
    ],
    expected: [["p1", "the channel is too shall", "Piet Kuipers"]],
  },
  {
    form: "he skips a subject the article's own pronouns show to be a woman",
    paragraphs: [
      "Mayor Anna Lindqvist met developer Tomas Berglund on Monday.",
      'Lindqvist praised her staff. Berglund thanked the council. Lindqvist left early. He said, "We waited two years."',
    ],
    expected: [["p2", "We waited two years.", "Tomas Berglund"]],
  },
  {
    form: "X asked Y …: the reply after the question is Y's",
    paragraphs: [
      "Mayor Anna Lindqvist met developer Tomas Berglund on Monday.",
      'Reporter Dana Whitfield asked Lindqvist about the budget. "It is balanced," she said.',
    ],
    expected: [["p2", "It is balanced", "Anna Lindqvist"]],
  },
  {
    form: '"…," she told the BBC, adding: "…": a participle takes the sentence\'s speaker, not the name before it',
    paragraphs: [
      LEAD,
      '"We cannot rush this," Wieczorek-Abara told the BBC, adding: "Safety comes first."',
    ],
    expected: [
      ["p2", "We cannot rush this", "Tomasz Wieczorek-Abara"],
      ["p2", "Safety comes first.", "Tomasz Wieczorek-Abara"],
    ],
  },
  {
    form: '"…," X answered: a reply verb after a question',
    paragraphs: [
      LEAD,
      '"Is it ready?" asked Layla Nasser, the ministry\'s spokeswoman. "Not yet," Wieczorek-Abara answered.',
    ],
    expected: [
      ["p2", "Is it ready?", "Layla Nasser"],
      ["p2", "Not yet", "Tomasz Wieczorek-Abara"],
    ],
  },
];

/** A standalone quote after a sentence whose subject does something other than speak stays unattributed. */
const NOT_ATTRIBUTED: readonly (readonly string[])[] = [
  [LEAD, 'Wieczorek-Abara boarded the ferry at noon. "Tickets, please."'],
  [LEAD, '"The ferry is late," commented one passenger.'],
  ["Norvik Shipping met on Friday.", 'The city reasoned that "the pier is unsafe."'],
  [
    "Norvik Shipping met on Friday.",
    "The ferry was late again.",
    "Passengers waited for an hour.",
    '"Nothing will change," it added.',
  ],
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
