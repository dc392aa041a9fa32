import { describe, expect, it } from "vitest";
import { extractSpeakingOrganizations } from "../../../src/extract/actors/extract-speaking-organizations.ts";
import { extractSpeakingPeople } from "../../../src/extract/actors/extract-speaking-people.ts";
import { extractAppositivePeople } from "../../../src/extract/actors/extract-appositive-people.ts";
import { expectFound, runActorExtractor } from "./run-extractor.ts";

describe("speaking organisations: a bare capitalised name that speaks", () => {
  const found: readonly (readonly [string, string])[] = [
    ['"Support ends today," Norvik says on its website.', "Norvik"],
    ["Users left Norvik. Norvik says the update is safe.", "Norvik"],
    ['"Prices will fall," said Halvardia.', "Halvardia"],
    ["Byte Weekly's recent analysis of its traffic concluded that use fell.", "Byte Weekly"],
    ["The deal was signed. The ZKT said it was pleased.", "ZKT"],
  ];
  it.each(found)("finds the organisation in “%s”", (text, name) => {
    const names = runActorExtractor(extractSpeakingOrganizations, text).map((item) => [
      item.name,
      item.kind,
    ]);
    expect(names).toContainEqual([name, "organization"]);
  });

  const none = [
    "Critics said the plan was rushed.",
    "Mr. Okafor said little.",
    "Coach Okafor said little.",
    "Lukas Berg said little.",
    "Yesterday, officials said little.",
    "Norvik's new phone was released.",
  ];
  it.each(none)("finds none in “%s”", (text) => {
    expect(runActorExtractor(extractSpeakingOrganizations, text)).toEqual([]);
  });
});

describe("speaking people: a bare name in a speaker's place", () => {
  const cases = [
    {
      text: '"It is a sad day," commented Ayodele Okafor-Lindgren.',
      name: "Ayodele Okafor-Lindgren",
      role: null,
    },
    {
      text: "The board is led by Ngaire Tupou-Hale, who chairs it since May.",
      name: "Ngaire Tupou-Hale",
      role: null,
    },
  ];
  it.each(cases)("finds $name", (expected) => {
    expectFound(runActorExtractor(extractSpeakingPeople, expected.text), expected.text, expected);
  });

  it("reads a lone name with a role in apposition as a person: “said Okonkwo, the council's finance chair”", () => {
    const found = runActorExtractor(
      extractSpeakingOrganizations,
      '"We cannot pay," said Okonkwo, the council\'s finance chair.',
    ).map((item) => [item.name, item.kind]);
    expect(found).toEqual([["Okonkwo", "person"]]);
  });

  it("does not take a place after a speech verb with no quote before it for a person", () => {
    expect(
      runActorExtractor(extractSpeakingPeople, "The council said Port Moresby was ready."),
    ).toEqual([]);
  });
});

describe("appositive people: a named role after the name", () => {
  it("reads “Hemi Walker, Fiji coach, said” as a person with a role", () => {
    const text = "After the game, Hemi Walker, Fiji coach, said they had learned a lot.";
    expectFound(runActorExtractor(extractAppositivePeople, text), text, {
      text,
      name: "Hemi Walker",
      role: "Fiji coach",
    });
  });

  it("does not take a capitalised place list for a role", () => {
    const text = "He visited Hemi Walker, Fiji Islands, and more.";
    expect(runActorExtractor(extractAppositivePeople, text)).toEqual([]);
  });
});
