import { describe, expect, it } from "vitest";
import { extractContextPeople } from "../../../src/extract/actors/extract-context-people.ts";
import { extractListedPeople } from "../../../src/extract/actors/extract-listed-people.ts";
import { extractNamedOrganizations } from "../../../src/extract/actors/extract-named-organizations.ts";
import { extractActors } from "../../../src/extract/actors/extract-actors.ts";
import { createExtractContext } from "../../../src/extract/context.ts";
import { buildFixtureArticle } from "../fixture-article.ts";
import { runActorExtractor } from "./run-extractor.ts";

const namesFound = (text: string) =>
  runActorExtractor(extractContextPeople, text).map((candidate) => candidate.name);

describe("context people: syntax, not a list of first names, shows a person", () => {
  const found: readonly (readonly [string, string, string])[] = [
    [
      "a descriptor noun before",
      "The save came from goalie-coach Tuomas Heikkilä today.",
      "Tuomas Heikkilä",
    ],
    [
      "a possessive owner before",
      "Norvia's Bartosz Wilkowski was shown a card.",
      "Bartosz Wilkowski",
    ],
    [
      "an organisation's acronym before",
      "The teachers' union (NTU), Wirihana Paki, objected.",
      "Wirihana Paki",
    ],
    [
      "an organisation word glued before",
      "The Harbor Rowing Association Rangi Tuhoe joined.",
      "Rangi Tuhoe",
    ],
    ["a verb after", "In the 20th minute, Bartosz Wilkowski missed a chance.", "Bartosz Wilkowski"],
    [
      "the agent of a passive",
      "He was replaced by Kemal Arslanoğlu at half time.",
      "Kemal Arslanoğlu",
    ],
    ["a member of an organisation", "Chow Ka-yan of the Labour Party spoke.", "Chow Ka-yan"],
    ["a possessive before a noun", "They praised Tevita Lolohea's work.", "Tevita Lolohea"],
    ["a hyphenated two-syllable given name", "Elected were Lau Siu-lai and others.", "Lau Siu-lai"],
    ["a capitalised second syllable", "Elected were Seo Min-Jun and others.", "Seo Min-Jun"],
    [
      "undotted initials after a work's “by”",
      "It was shown in a paper by JR Okafor in 1991.",
      "JR Okafor",
    ],
    ["dotted initials", "Critics like K.C. Oyelaran-Smith objected.", "K.C. Oyelaran-Smith"],
  ];
  it.each(found)("finds a person by %s", (_cue, text, name) => {
    expect(namesFound(text)).toContain(name);
  });

  const none = [
    "The study was published in journal Nature Climate Change.",
    "Fans went to see the Budweiser Man of the Match award.",
    "She wore her new Epic Mickey costume.",
    "An Environment Canada spokesperson said so.",
    "Team Estonia had to rebuild their robot.",
    "They flew to Saudi Arabia and Nizhny Novgorod.",
    "The group is based in Hong Kong-based offices.",
    "Prices rose in New Zealand after the vote.",
    "The plan was backed by EU Commission staff.",
    "Regarding Atlanta, the jury said little.",
    "Foreign Ministers met in Geneva.",
    "Eisenhower Republicanism was debated.",
  ];
  it.each(none)("finds no person in “%s”", (text) => {
    expect(namesFound(text)).toEqual([]);
  });
});

describe("listed people: three or more name shapes in one list", () => {
  it("finds every name of “photographs of A, B, C and D”", () => {
    const text =
      "It shows photographs of Amara Nwosu-Berg, Tevita Lolohea, Saoirse Ní Bhraonáin and Jun-ho Baek.";
    expect(runActorExtractor(extractListedPeople, text).map((item) => item.name)).toEqual([
      "Amara Nwosu-Berg",
      "Tevita Lolohea",
      "Saoirse Ní Bhraonáin",
      "Jun-ho Baek",
    ]);
  });

  it("takes no two-item list and no list of places", () => {
    expect(
      runActorExtractor(
        extractListedPeople,
        "Amara Nwosu-Berg and Tevita Lolohea met in San Diego, Los Angeles and New York.",
      ),
    ).toEqual([]);
  });
});

describe("organisation names end where another actor begins", () => {
  it("splits “the Labour Party and Frederick Fung of ADPL”", () => {
    const names = runActorExtractor(
      extractNamedOrganizations,
      "Lee Wai-man of the Labour Party and Frederick Fung of ADPL were defeated.",
    ).map((item) => item.name);
    expect(names).toEqual(["Labour Party"]);
  });

  it("keeps “and” inside a complement: “Bureau of Industry and Security”", () => {
    const names = runActorExtractor(
      extractNamedOrganizations,
      "The Bureau of Industry and Security listed it.",
    ).map((item) => item.name);
    expect(names).toEqual(["Bureau of Industry and Security"]);
  });
});

describe("a sentence-case word is not part of the name", () => {
  it("reads “Pan-democrat Lam Cheuk-ting” as Lam Cheuk-ting when “pan-democrat” occurs in lower case", () => {
    const article = buildFixtureArticle(
      "The nonpartisan pan-democrat Eddie Chu won.\n\nPan-democrat Lam Cheuk-ting from the Democratic Party was elected.",
    );
    const names = extractActors(createExtractContext(article)).map((actor) => actor.name);
    expect(names).toContain("Lam Cheuk-ting");
    expect(names).not.toContain("Pan-democrat Lam Cheuk-ting");
  });
});
