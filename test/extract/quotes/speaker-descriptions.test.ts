import { describe, expect, it } from "vitest";
import { speakersOf } from "./quotes-of.ts";

/** Each case: paragraphs, then per quote [passage, first 24 characters, speaker]. */
const CASES: readonly {
  readonly form: string;
  readonly paragraphs: readonly string[];
  readonly expected: readonly (readonly [string, string, string | null])[];
}[] = [
  {
    form: '"…," the judge said: a role noun after "the" names the one person holding that role',
    paragraphs: [
      "Judge Marisol Etxeberria-Quinn sentenced the two brothers at Lowfield Crown Court.",
      "Defence lawyer Anton Greaves-Mbatha asked for leniency.",
      '"Nobody forced either of you to lie," the judge said.',
    ],
    expected: [["p3", "Nobody forced either of ", "Marisol Etxeberria-Quinn"]],
  },
  {
    form: '"…," the mayor said: the role given in an appositive ("The city\'s mayor, X,")',
    paragraphs: [
      "The city's mayor, Ingrid Solvang-Achebe, opened the bridge on Sunday.",
      '"It took nine years and it was worth every one of them," the mayor said.',
    ],
    expected: [["p2", "It took nine years and i", "Ingrid Solvang-Achebe"]],
  },
  {
    form: '"…," the chamber said: an organisation named with the noun',
    paragraphs: [
      'The Tillford Chamber of Commerce opposed the plan. "Shops will close," the chamber said in a statement.',
    ],
    expected: [["p1", "Shops will close", "Tillford Chamber of Commerce"]],
  },
  {
    form: '"…," X, who …, noted: a relative clause between the name and its verb; "he" then points to X',
    paragraphs: [
      "Councillor Ruth Abernathy-Lowe spoke first.",
      'The historian Piers Okafor-Lindqvist, who grew up in the valley, noted that the mill was older than the town. "They built the town around it," he wrote.',
    ],
    expected: [["p2", "They built the town arou", "Piers Okafor-Lindqvist"]],
  },
  {
    form: "X's barrister, NAME, had told …: an auxiliary between the appositive and its verb",
    paragraphs: [
      "Prosecutor Helen Marchetti-Oduya opened the case on Monday.",
      'The defendant\'s barrister, Saoirse Ní Bhraonáin, had told the jury that the accounts were incomplete. "My client kept no books," she said.',
    ],
    expected: [["p2", "My client kept no books", "Saoirse Ní Bhraonáin"]],
  },
  {
    form: 'her daughter, X, who said … "…": the name before ", who" speaks the fragment',
    paragraphs: [
      'The news was confirmed by her nephew, Dariusz Wróblewski-Hale, who said the composer had been "writing music until the very end".',
    ],
    expected: [["p1", "writing music until the ", "Dariusz Wróblewski-Hale"]],
  },
  {
    form: 'the Trust, which said … "…": "which" points to the organisation, not the main subject',
    paragraphs: [
      'Mayor Ingrid Solvang-Achebe praised the report by the Lowfield Trust, which said the river was "cleaner than in any year on record".',
    ],
    expected: [["p1", "cleaner than in any year", "Lowfield Trust"]],
  },
];

describe("speakers named by a description or a relative clause", () => {
  it.each(CASES)("$form", ({ paragraphs, expected }) => {
    const { rows, trace } = speakersOf(paragraphs);
    expect(rows, trace).toEqual(expected);
  });
});

const UNATTRIBUTED: readonly { readonly form: string; readonly paragraphs: readonly string[] }[] = [
  {
    form: "two judges: the judge is neither of them",
    paragraphs: [
      "Judge Marisol Etxeberria-Quinn and Judge Tomas Harrington-Oyelowo heard the appeal.",
      '"The first ruling stands," the judge said.',
    ],
  },
  {
    form: "a noun that no role and no organisation holds",
    paragraphs: [
      "Judge Marisol Etxeberria-Quinn sentenced the two brothers.",
      '"I will never forgive them," the woman said.',
    ],
  },
  {
    form: "a noun no organisation is named with",
    paragraphs: [
      'The Tillford Chamber of Commerce opposed the plan. "Shops will close," the committee said.',
    ],
  },
  {
    form: "a relative clause on a person whose name is not right before it",
    paragraphs: [
      "Judge Marisol Etxeberria-Quinn sentenced the two brothers.",
      'The news reached the family of the victim, who said the sentence was "far too short for what they did".',
    ],
  },
];

describe("descriptions that name nobody", () => {
  it.each(UNATTRIBUTED)("$form", ({ paragraphs }) => {
    const { rows, trace } = speakersOf(paragraphs);
    expect(
      rows.map((row) => row[2]),
      trace,
    ).toEqual(rows.map(() => null));
    expect(rows.length).toBeGreaterThan(0);
  });
});

describe("an employer between a name and its verb", () => {
  it('"X of Y Securities was …": the pronoun after points to X, not to an earlier speaker', () => {
    const { rows, trace } = speakersOf([
      '"Demand is soft," Mateus Oyelaran-Price, an analyst at Crowther Bank, said in a note.',
      'Anjali Raghunathan of Brockwell Securities was more cautious. "Margins will shrink this year," she wrote.',
    ]);
    expect(rows, trace).toEqual([
      ["p1", "Demand is soft", "Mateus Oyelaran-Price"],
      ["p2", "Margins will shrink this", "Anjali Raghunathan"],
    ]);
  });
});
