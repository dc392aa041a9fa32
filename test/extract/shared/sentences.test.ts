import { describe, expect, it } from "vitest";
import {
  endClauseAfter,
  splitClausesAt,
  splitSentences,
} from "../../../src/extract/shared/sentences.ts";

const SENTENCE_CASES: ReadonlyArray<{ name: string; text: string; sentences: string[] }> = [
  {
    name: "keeps titles and month abbreviations inside the sentence",
    text: "On Nov. 16, Mr. Miller spoke. Dr. Lee agreed.",
    sentences: ["On Nov. 16, Mr. Miller spoke.", "Dr. Lee agreed."],
  },
  {
    name: "keeps a state abbreviation followed by a comma",
    text: "He spoke in San Francisco, Calif., on Nov. 16, 2023. (Photo credit)",
    sentences: ["He spoke in San Francisco, Calif., on Nov. 16, 2023.", "(Photo credit)"],
  },
  {
    name: "ends after a closing quotation mark",
    text: "“It was an appropriate step to take.” Ms. Asat disagreed.",
    sentences: ["“It was an appropriate step to take.”", "Ms. Asat disagreed."],
  },
  {
    name: "ends after a quoted word and keeps the next speaker's title",
    text: "She called it “insulting.” Ms. Asat wrote on X.",
    sentences: ["She called it “insulting.”", "Ms. Asat wrote on X."],
  },
  {
    name: "splits after U.S. only before an ordinary sentence opener",
    text: "Visas to the U.S. The President acted. The U.S. Department of Labor said so.",
    sentences: [
      "Visas to the U.S.",
      "The President acted.",
      "The U.S. Department of Labor said so.",
    ],
  },
  {
    name: "keeps initials and decimals",
    text: "J. K. Rowling wrote at 3 p.m. on Jan. 5. The index closed at 7,162.90 points.",
    sentences: ["J. K. Rowling wrote at 3 p.m. on Jan. 5.", "The index closed at 7,162.90 points."],
  },
  {
    name: "does not split before a lowercase word",
    text: "“Why now?” she asked. Nobody knew.",
    sentences: ["“Why now?” she asked.", "Nobody knew."],
  },
  {
    name: "returns one sentence for text without a final period",
    text: "  Barrier to Achieving Cooperation  ",
    sentences: ["Barrier to Achieving Cooperation"],
  },
];

describe("splitSentences", () => {
  it.each(SENTENCE_CASES)("$name", ({ text, sentences }) => {
    const found = splitSentences(text);
    expect(found.map((sentence) => sentence.text)).toEqual(sentences);
    for (const sentence of found)
      expect(text.slice(sentence.span[0], sentence.span[1])).toBe(sentence.text);
  });

  it("returns nothing for blank text", () => {
    expect(splitSentences(" \n ")).toEqual([]);
  });
});

describe("splitClausesAt", () => {
  const text =
    "Intro. In 2022, 73,654 deaths were attributed to fentanyl, twice as many as in 2019.";
  const [, sentence] = splitSentences(text);

  it("cuts at the last clause break between two anchors, not inside numbers", () => {
    const anchors = [
      [10, 14],
      [text.indexOf("2019"), text.indexOf("2019") + 4],
    ] as const;
    const clauses = splitClausesAt(sentence!, anchors);
    expect(clauses.map((clause) => clause.text)).toEqual([
      "In 2022, 73,654 deaths were attributed to fentanyl",
      "twice as many as in 2019.",
    ]);
    for (const clause of clauses)
      expect(text.slice(clause.span[0], clause.span[1])).toBe(clause.text);
  });

  it("does not cut inside a list of names", () => {
    const listText =
      "The office today begins for people from Eritrea, Libya, Syria and Yemen who applied before last summer.";
    const [only] = splitSentences(listText);
    const today = listText.indexOf("today");
    const summer = listText.indexOf("last summer");
    const clauses = splitClausesAt(only!, [
      [today, today + 5],
      [summer, summer + 11],
    ]);
    expect(clauses.map((clause) => clause.text)).toEqual([listText]);
  });

  it("keeps the whole sentence for a single anchor", () => {
    const clauses = splitClausesAt(sentence!, [[10, 14]]);
    expect(clauses).toEqual([sentence]);
  });
});

describe("endClauseAfter", () => {
  const text = "Johnson rejected it, which the Home Office today rejects, and strain the budget.";
  const clause = { text: text.slice(21), span: [21, text.length] as const };

  it("ends at the first clause break after the position", () => {
    const position = text.indexOf("today") + "today".length;
    expect(endClauseAfter(clause, position)).toEqual({
      text: "which the Home Office today rejects",
      span: [21, 56],
    });
  });

  it("passes over a break right after the position (an introductory phrase)", () => {
    const intro = { text: "In 2022, deaths rose, twice as fast", span: [0, 35] as const };
    expect(endClauseAfter(intro, 7).text).toBe("In 2022, deaths rose");
  });
});
