import { describe, expect, it } from "vitest";
import { extractActors } from "../../../src/extract/actors/extract-actors.ts";
import { createExtractContext } from "../../../src/extract/context.ts";
import { buildFixtureArticle } from "../fixture-article.ts";

function organizationsOf(text: string): readonly (readonly [string, readonly string[]])[] {
  return extractActors(createExtractContext(buildFixtureArticle(text)))
    .filter((actor) => actor.kind === "organization")
    .map((actor) => [actor.name, actor.passages] as const);
}

describe("an organisation named once is kept when it is a party to the story", () => {
  const cases = [
    {
      form: "named in a person's role",
      text: "After the leak, CEO of the Refugee Council Enver Solomon told reporters it was unfair.",
      organizations: [["Refugee Council", ["p1"]]],
    },
    {
      form: "named in a role before the person",
      text: "Joint Council for the Welfare of Immigrants campaigner Caitlin Boswell called it clumsy.",
      organizations: [["Joint Council for the Welfare of Immigrants", ["p1"]]],
    },
    {
      form: "the agent of a passive",
      text: "A similar system backed by the British Red Cross in September was rejected.",
      organizations: [["British Red Cross", ["p1"]]],
    },
    {
      form: "a recipient",
      text: "The orbiter will be sent to the California Science Center in Los Angeles.",
      organizations: [["California Science Center", ["p1"]]],
    },
    {
      form: "the one something is for",
      text: "The crew trainer is for the National Museum of the U.S. Air Force in Ohio.",
      organizations: [["National Museum of the U.S. Air Force", ["p1"]]],
    },
    {
      form: "asked to act",
      text: "The President personally asked the National Security Council to help the girls.",
      organizations: [["National Security Council", ["p1"]]],
    },
  ];
  it.each(cases)("$form", ({ text, organizations }) => {
    expect(organizationsOf(text)).toEqual(organizations);
  });
});

describe("an organisation named once in passing is still left out", () => {
  const negatives = [
    // A place where something happens is not a party to it.
    "The orbiter stood at the Johnson Space Center in Houston for a week.",
    // Before a lower-case noun the name only describes it.
    "The rule applies to Treasury Board letters and agendas.",
    // A bare acronym must act itself: "to the CBC" is not enough.
    "Someone gave the document to the CBC today.",
    // Places are never organisations, whatever stands before them.
    "The team travelled to Kabul and was sent to Ottawa, Texas.",
    "The decision was made by the Supreme Court of Canada judges.",
    // A place in a role is no organisation, even though the role names it.
    "On Monday he met Texas governor Greg Abbott in Austin.",
  ];
  it.each(negatives)("in “%s”", (text) => {
    expect(organizationsOf(text)).toEqual([]);
  });
});
