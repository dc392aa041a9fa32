import { describe, expect, it } from "vitest";
import { speakersOf } from "./quotes-of.ts";

describe("a pronoun after a speaker nobody was found for", () => {
  it("gives “he” to no earlier person when an unknown name spoke in between", () => {
    const { rows, trace } = speakersOf([
      "Councillor Ingrid Solberg told the meeting that the pier was unsafe.",
      'Pham said the port had already hired divers. He told reporters, "The divers start on Monday."',
    ]);
    expect(rows, trace).toEqual([["p2", "The divers start on Mond", null]]);
  });

  it("still gives “he” to a known subject when nobody unknown spoke (must not fire)", () => {
    const { rows, trace } = speakersOf([
      "Mr Tomasz Wieczorek spoke at the meeting.",
      'Wieczorek said the port had already hired divers. He told reporters, "The divers start on Monday."',
    ]);
    expect(rows, trace).toEqual([["p2", "The divers start on Mond", "Tomasz Wieczorek"]]);
  });

  it("is not stopped by a common noun the article also writes in lower case (must not fire)", () => {
    const { rows, trace } = speakersOf([
      "Mr Tomasz Wieczorek spoke at the meeting.",
      'Wieczorek said the port had hired divers for residents. Residents said the pier was unsafe. He told reporters, "The divers start on Monday."',
    ]);
    expect(rows, trace).toEqual([["p2", "The divers start on Mond", "Tomasz Wieczorek"]]);
  });
});

describe("a role noun as the subject: “The judge … She said”", () => {
  it("gives the reply to the one person who holds the role", () => {
    const { rows, trace } = speakersOf([
      "Justice Helen Mwangi-Orr ruled for the tenants on Monday.",
      'The landlord, Peter Dunmore, told the court the flats were safe. The judge questioned Dunmore about the wiring. She said, "A fuse box is not a fire plan."',
    ]);
    expect(rows, trace).toEqual([["p2", "A fuse box is not a fire", "Helen Mwangi-Orr"]]);
  });

  it("guesses nobody when two people hold the role (must not fire)", () => {
    const { rows, trace } = speakersOf([
      "Judge Helen Mwangi-Orr and Judge Rose Abara heard the case.",
      'The landlord, Peter Dunmore, told the court the flats were safe. The judge questioned Dunmore about the wiring. She said, "A fuse box is not a fire plan."',
    ]);
    expect(rows[0]?.[2], trace).not.toBe("Helen Mwangi-Orr");
    expect(rows[0]?.[2], trace).not.toBe("Rose Abara");
  });
});

describe("an organisation whose verb follows a relative clause acts", () => {
  it("keeps “The Board, which …, welcomed” and gives it “the board said”", () => {
    const { rows, trace } = speakersOf([
      'The Harbour Safety Board, which will run the new sirens, welcomed the plan. "This is overdue," the board said in a statement.',
    ]);
    expect(rows, trace).toEqual([["p1", "This is overdue", "Harbour Safety Board"]]);
  });

  it("does not keep an organisation only named after a preposition (must not fire)", () => {
    const { rows, trace } = speakersOf([
      'Residents visited the Harbour Safety Board, which runs the sirens, on Monday. "This is overdue," one said.',
    ]);
    expect(rows, trace).toEqual([["p1", "This is overdue", null]]);
  });
});

describe("a post-nominal between a name and its verb", () => {
  it("reads “X KC, told the court … were “…”” as X's words", () => {
    const { rows, trace } = speakersOf([
      'The tenants\' barrister, Kwame Boateng-Ayew KC, told the court in May that the repairs were "a promise on paper".',
    ]);
    expect(rows, trace).toEqual([["p1", "a promise on paper", "Kwame Boateng-Ayew"]]);
  });

  it("does not skip a capitalised word that is no post-nominal (must not fire)", () => {
    const { rows, trace } = speakersOf([
      'The tenants met Kwame Boateng-Ayew Tuesday, told the court it was "a promise on paper".',
    ]);
    expect(rows[0]?.[2], trace).toBeNull();
  });
});
