import { describe, expect, it } from "vitest";
import { extractActors } from "../../../src/extract/actors/extract-actors.ts";
import { createExtractContext } from "../../../src/extract/context.ts";
import { buildFixtureArticle } from "../fixture-article.ts";
import { speakersOf } from "../quotes/quotes-of.ts";

const peopleOf = (text: string) =>
  extractActors(createExtractContext(buildFixtureArticle(text)))
    .filter((actor) => actor.kind === "person")
    .map((actor) => actor.name);

describe("abbreviated ranks before a name: “Col.”, “Det. Sgt.”, “Lt.”", () => {
  it.each([
    ["An army spokesman, Col. Anselm Tiwari-Brook, described the raid.", "Anselm Tiwari-Brook"],
    ["Det. Sgt. Hanne Solvik said the car was found in a lake.", "Hanne Solvik"],
    ["The drill was led by Lt. Cmdr. Idris Mbeki-Lowe on Monday.", "Idris Mbeki-Lowe"],
  ])("%s → %s", (text, name) => {
    expect(peopleOf(text)).toContain(name);
  });

  it("gives “…,” a spokesman, Col. X, told … to the colonel", () => {
    const { rows, trace } = speakersOf([
      '"The raid was planned for weeks," an army spokesman, Col. Anselm Tiwari-Brook, told reporters.',
    ]);
    expect(rows, trace).toEqual([["p1", "The raid was planned for", "Anselm Tiwari-Brook"]]);
  });

  it("does not give the quote to a colonel named only in the next sentence (must not fire)", () => {
    const { rows, trace } = speakersOf([
      '"We were ready," a soldier said. Col. Anselm Tiwari-Brook was not there.',
    ]);
    expect(rows[0]?.[2], trace).not.toBe("Anselm Tiwari-Brook");
  });
});

describe("“Sir” and “Dame” before a given name and a surname", () => {
  it.each([
    [
      "The bank's chair, Dame Ottoline Abara-Finch, said the bid was too low.",
      "Ottoline Abara-Finch",
    ],
    ["Sir Radomir Okafor-Lind opened the new wing on Monday.", "Radomir Okafor-Lind"],
  ])("%s → %s", (text, name) => {
    expect(peopleOf(text)).toContain(name);
  });

  it("reads “Lord Mayor” as an office, not a person (must not fire)", () => {
    expect(peopleOf("The Lord Mayor Banquet was held at the Guildhall.")).toEqual([]);
  });
});
