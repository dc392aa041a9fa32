import { describe, expect, it } from "vitest";
import { extractActors } from "../../../src/extract/actors/extract-actors.ts";
import { createExtractContext } from "../../../src/extract/context.ts";
import { extractQuotes } from "../../../src/extract/quotes/extract-quotes.ts";
import { extractStances } from "../../../src/extract/stances/extract-stances.ts";
import { findCentralAction } from "../../../src/extract/stances/find-central-action.ts";
import type { Stance } from "../../../src/model/analysis.ts";
import { buildFixtureArticle } from "../fixture-article.ts";

const PARAGRAPHS = [
  "The city council on Tuesday closed the Harbor Bridge to cars. The move has since drawn criticism from shop owners.",
  "In 2019, the Harbor Merchants Association accused the council of being “reckless with our money.”",
  "Mayor Linda Okafor said the closure was “a necessary step” for safety.",
  "Daniel Reyes, a spokesperson for the Harbor Merchants Association, called the vote “a disaster for small shops.”",
  "“Nobody asked us, and the council must not ignore the people who keep this street alive,” Mr. Reyes said.",
  "“The bridge will reopen to bicycles in May,” said Sam Carter, the city engineer.",
  "It quoted critics like shop owner Ana Silva, who said: “We will see what happens next.”",
];

function stancesOf(paragraphs: readonly string[]): readonly Stance[] {
  const article = buildFixtureArticle(paragraphs.join("\n\n"), { published: "2024-03-01" });
  const context = createExtractContext(article);
  const actors = extractActors(context);
  return extractStances(context, actors, extractQuotes(context, actors));
}

describe("extractStances", () => {
  it("reads each speaker's position from their quotes and framing", () => {
    const stances = stancesOf(PARAGRAPHS);
    expect(
      stances.map((stance) => [
        stance.actor,
        stance.stance,
        stance.evidence,
        stance.quotes,
        stance.origin,
      ]),
    ).toEqual([
      // The Harbor Merchants Association's own accusation is dated 2019, background and not a
      // position on Tuesday's closure; it opposes through its spokesperson, Daniel Reyes.
      ["Harbor Merchants Association", "opposes", ["p4"], ["q3"], "extracted"],
      ["Linda Okafor", "supports", ["p3"], ["q2"], "extracted"],
      ["Daniel Reyes", "opposes", ["p4", "p5"], ["q3", "q4"], "extracted"],
      ["Sam Carter", "neutral", ["p6"], ["q5"], "extracted"],
      ["Ana Silva", "opposes", ["p7"], ["q6"], "extracted"],
    ]);
    expect(stances.find((stance) => stance.actor === "Daniel Reyes")?.reason).toBe(
      "called the vote “a disaster for small shops”",
    );
    expect(stances.find((stance) => stance.actor === "Ana Silva")?.reason).toBe(
      "quoted among the critics: said “We will see what happens next.”",
    );
    expect(stances.find((stance) => stance.actor === "Linda Okafor")?.reason).toBe(
      "said the closure was “a necessary step”",
    );
  });

  it("gives no stance to an actor who is neither quoted nor takes a side", () => {
    const stances = stancesOf([
      "The council closed the bridge to cars on Tuesday, after a long debate about its safety.",
      "Mayor Linda Okafor visited the bridge with engineer Sam Carter.",
    ]);
    expect(stances).toEqual([]);
  });

  it("reads whoever carries out the central action as supporting it", () => {
    const stances = stancesOf([
      "LONDON — The Harbor Authority on Tuesday closed the bridge to cars.",
    ]);
    expect(
      stances.map((stance) => [stance.actor, stance.stance, stance.evidence, stance.reason]),
    ).toEqual([
      ["Harbor Authority", "supports", ["p1"], "carries it out: closed the bridge to cars."],
    ]);
  });

  it("reads a doer after a scene-setting phrase, but not a lead whose subject attacks", () => {
    const doer = stancesOf([
      "With its new ferry almost ready, the Harbor Authority announced on Friday that the old bridge will close.",
    ]);
    expect(doer.map((stance) => [stance.actor, stance.stance])).toEqual([
      ["Harbor Authority", "supports"],
    ]);
    const critic = stancesOf([
      "After a long debate, the Harbor Merchants Association criticised the plan to close the bridge.",
    ]);
    expect(critic.filter((stance) => stance.stance === "supports")).toEqual([]);
    const tooLong = stancesOf([
      "According to a report read out to the council late on Friday, the Harbor Authority will close the old bridge.",
    ]);
    expect(tooLong).toEqual([]);
  });

  it("counts a critic the article names but never quotes, and no one named in the next sentence", () => {
    const stances = stancesOf([
      "The council closed the bridge to cars on Tuesday.",
      "The paper quoted critics such as shop owner Ana Silva and barrister Tom Okoye. Mayor Linda Okafor visited the bridge.",
    ]);
    expect(stances.map((stance) => [stance.actor, stance.stance, stance.reason])).toEqual([
      ["Ana Silva", "opposes", "named among the critics"],
      ["Tom Okoye", "opposes", "named among the critics"],
    ]);
  });

  it("reads a side from a request or a stance verb after the speech verb, past an adverb", () => {
    const stances = stancesOf([
      "The city council closed the Harbor Bridge to cars on Tuesday.",
      "Governor Ruth Adeyemi personally asked the Transport Board to help the city reopen it to bicycles.",
      "Senator Piet Larsen said his party has long supported the closure.",
      "Harbor Pilot Association head Maria Lund asked the council to explain the timing.",
    ]);
    expect(stances.map((stance) => [stance.actor, stance.stance])).toEqual([
      ["Ruth Adeyemi", "supports"],
      ["Piet Larsen", "supports"],
    ]);
  });

  it("counts a quoted office-holder of the organisation the lead reports on with it", () => {
    const stances = stancesOf([
      "The Transport Ministry will close the Harbor Bridge to cars from Monday.",
      "“We looked at every option,” Transport Minister Olu Bakare said.",
      "“The engineers will explain the details,” said ministry spokesperson Dana Ruiz.",
      "“Nobody has read the report,” said Ken Abiola, the Shadow Transport Minister.",
      "“Our boats will run as usual,” said Lars Holm, the Ferry Board chairman.",
    ]);
    expect(stances.map((stance) => [stance.actor, stance.stance, stance.reason])).toEqual([
      [
        "Transport Ministry",
        "supports",
        "carries it out: will close the Harbor Bridge to cars from Monday.",
      ],
      [
        "Olu Bakare",
        "supports",
        "speaks for Transport Ministry (Transport Minister), which the lead reports on",
      ],
      // A spokesperson gives an account; the others speak without a side, so they get no entry.
      ["Dana Ruiz", "neutral", "quoted without a clear position on the central action"],
    ]);
  });

  it("keeps the doer behind its action when its own words carry one stray cue", () => {
    const stances = stancesOf([
      "The Harbor Authority closed the old bridge to cars and trucks on Tuesday.",
      "“Drivers who ignore the new signs risk a fine,” the Harbor Authority said.",
    ]);
    expect(stances.map((stance) => [stance.actor, stance.stance])).toEqual([
      ["Harbor Authority", "supports"],
    ]);
  });

  it("reads a commitment or a threat as a side, even in a clause after 'and'", () => {
    const stances = stancesOf([
      "The Harbor Authority closed the old bridge to cars and trucks on Tuesday morning.",
      "The closure began in May and the Harbor Merchants Association says the closure will continue.",
      "Later the Dockers Union threatened to block the ferry piers until the bridge reopens.",
      "Officials from Millbrook and Eastport met on Wednesday to discuss the detour.",
      "Shop owner Ana Silva and the mayor said nothing will continue to be sold there.",
    ]);
    expect(stances.map((stance) => [stance.actor, stance.stance])).toEqual([
      ["Harbor Authority", "supports"],
      ["Harbor Merchants Association", "supports"],
      ["Dockers Union", "opposes"],
    ]);
  });

  it("takes a decision reported in the lead area as the central action, else the lead", () => {
    const decision = buildFixtureArticle(
      [
        "The city celebrated the 100th birthday of the Harbor Bridge on Tuesday with music and boats.",
        "“It is a great day,” said one resident who has crossed the bridge every morning for years.",
        "At the party, Mayor Linda Okafor announced that the bridge will close to cars next year.",
      ].join("\n\n"),
    );
    expect(findCentralAction(decision)).toEqual({
      text: "At the party, Mayor Linda Okafor announced that the bridge will close to cars next year.",
      passage: "p3",
    });
    const quoted = buildFixtureArticle(
      [
        "The city celebrated the 100th birthday of the Harbor Bridge on Tuesday with music and boats.",
        "“We decided long ago that the bridge should stay,” said a resident who crosses it daily.",
        "Later that night the ferry fired its horn as the lights went on over the harbour.",
        "Mayor Linda Okafor announced on Friday that the bridge will close to cars next year.",
      ].join("\n\n"),
    );
    expect(findCentralAction(quoted)?.passage).toBe("p1");
  });

  it("counts the organisation a doer acts for as carrying out the action too", () => {
    const stances = stancesOf([
      "At a ceremony on Tuesday, Harbor Authority chairman Olu Bakare announced that the bridge will close.",
    ]);
    expect(stances.map((stance) => [stance.actor, stance.stance, stance.reason])).toEqual([
      ["Olu Bakare", "supports", "carries it out: announced that the bridge will close."],
      [
        "Harbor Authority",
        "supports",
        "its Harbor Authority chairman carries it out: announced that the bridge will close.",
      ],
    ]);
  });

  it("reads a complainant as behind an arrest, and an organisation acting through its officials", () => {
    const lead =
      "A ferry captain who left the Harbor Pilots Association was arrested on Monday in Millbrook.";
    const stances = stancesOf([
      lead,
      "On Friday, Harbor Pilots Association officials went to the Millbrook police station where they said he took the logbooks.",
    ]);
    expect(stances.map((stance) => [stance.actor, stance.stance, stance.reason])).toEqual([
      [
        "Harbor Pilots Association",
        "supports",
        "went to the Millbrook police station where they said he took the logbooks.",
      ],
    ]);
    // Not an arrest: going to the police station says nothing about a bridge closing.
    const closing = stancesOf([
      "The city council closed the old Harbor Bridge to cars and trucks on Monday.",
      "On Friday, Harbor Pilots Association officials went to the Millbrook police station where they said the signs were wrong.",
    ]);
    expect(closing.filter((stance) => stance.actor === "Harbor Pilots Association")).toEqual([]);
  });

  it("gives no side for praise or blame where nothing is contested, but does where a decision is", () => {
    const praise =
      "“It was an excellent result and I am proud of the players,” said coach Ana Silva.";
    const match = stancesOf([
      "Millbrook beat Eastport 2 – 0 in the harbour cup final on Saturday in front of 4,000 fans.",
      praise,
    ]);
    expect(match).toEqual([]);
    const decision = stancesOf([
      "The league approved on Saturday a plan to move the harbour cup final to Millbrook next year.",
      praise,
    ]);
    expect(decision.map((stance) => [stance.actor, stance.stance])).toEqual([
      ["Ana Silva", "supports"],
    ]);
  });

  it("reads evaluative reporting verbs for actors never quoted, their direction from the clause", () => {
    const stances = stancesOf([
      "The city council closed the old Harbor Bridge to cars and trucks on Tuesday morning.",
      "The Harbor Merchants Association objected to the closure at a packed meeting.",
      "Governor Ruth Adeyemi hailed the vote as overdue.",
      "Senator Piet Larsen warned that the detour puts cyclists at risk.",
      "Engineer Tom Okoye warned drivers about ice on the ramps.",
    ]);
    expect(stances.map((stance) => [stance.actor, stance.stance])).toEqual([
      ["Harbor Merchants Association", "opposes"],
      ["Ruth Adeyemi", "supports"],
      ["Piet Larsen", "opposes"],
    ]);
  });

  it("finds the central action in the lead paragraph, not in a caption or heading", () => {
    const article = buildFixtureArticle(PARAGRAPHS.join("\n\n"));
    expect(findCentralAction(article)).toEqual({
      text: "The city council on Tuesday closed the Harbor Bridge to cars.",
      passage: "p1",
    });
    expect(findCentralAction(buildFixtureArticle("Short."))).toBeNull();
  });
});
