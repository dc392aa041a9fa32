import { describe, expect, it } from "vitest";
import type { Actor, Analysis, DatedEvent, Quote, Stance } from "../../src/model/analysis.ts";
import { buildFixtureArticle } from "../extract/fixture-article.ts";
import {
  normalizeName,
  organizationsMatch,
  quoteTokens,
  tokenF1,
} from "../../scripts/eval-extract-match.ts";
import { scoreArticle, type Gold } from "../../scripts/eval-extract-score.ts";

const P1 = 'Mayor Ana Ruiz said on Tuesday: "The bridge will reopen in June, as promised."';
const P2 = 'The Valley Water Board said, "Repairs to the pipes are finished." Rain fell on Monday.';
const CLEAN = `Bridge to reopen\n\nFriday, May 1, 2020\n\n${P1}\n\n${P2}`;

const GOLD: Gold = {
  id: "bridge",
  published: "2020-05-01",
  title: "Bridge to reopen",
  people: [
    { name: "Ana Ruiz", aliases: ["Ruiz", "Ms. Ruiz"] },
    { name: "Bo Chen", aliases: ["Chen"] },
  ],
  extra_people_ok: ["Valley Saint"],
  quotes: [
    { speaker: "Ana Ruiz", text: "The bridge will reopen in June, as promised.", partial: false },
    { speaker: "Valley Water Board", text: "Repairs to the pipes are finished.", partial: false },
  ],
  events: [
    { date: "2020-04-28", anchor: "said on Tuesday", how: "relative-weekday" },
    { date: "2020-04-27", anchor: "Rain fell on Monday", how: "relative-weekday" },
  ],
  stances: { "Ana Ruiz": "supports", "Valley Water Board": "neutral" },
};

const actor = (name: string, kind: Actor["kind"], aliases: string[] = []): Actor => ({
  id: name.toLowerCase().replace(/\W+/g, "-"),
  name,
  kind,
  aliases,
  role: null,
  organization: null,
  passages: ["p1"],
});

function quote(text: string, passage: string, speaker: string | null): Quote {
  const body = passage === "p1" ? P1 : P2;
  const start = body.indexOf(text);
  return {
    id: `q-${start}`,
    text,
    speaker,
    speakerId: null,
    passage,
    span: [start, start + text.length],
    attribution: null,
    isFragment: false,
    continues: null,
  };
}

function event(date: string, passage: string): DatedEvent {
  return {
    date,
    precision: "day",
    expression: "x",
    expressionSpan: [0, 1],
    text: passage === "p1" ? P1 : P2,
    span: [0, 1],
    passage,
    actors: [],
    resolution: { method: "inferred", explanation: "" },
  };
}

const stance = (name: string, value: Stance["stance"]): Stance => ({
  actor: name,
  actorId: name,
  stance: value,
  evidence: [],
  quotes: [],
  origin: "extracted",
  reason: "",
});

function analysis(parts: Partial<Analysis>): Analysis {
  return {
    actors: [],
    quotes: [],
    events: [],
    stances: [],
    centralAction: null,
    warnings: [],
    ...parts,
  };
}

const article = buildFixtureArticle(`${P1}\n\n${P2}`, {
  title: "Bridge to reopen",
  published: "2020-05-01",
});

describe("name and quote matching", () => {
  it("ignores case, punctuation, a possessive and leading honorifics", () => {
    expect(normalizeName("Mr. O'Neil,")).toBe("o neil");
    expect(normalizeName("Dr Ana Ruiz's")).toBe("ana ruiz");
    expect(normalizeName("Ms")).toBe("ms");
  });

  it("matches organisations by containment of whole words", () => {
    expect(organizationsMatch(["The Valley Water Board"], "Valley Water Board")).toBe(true);
    expect(organizationsMatch(["Valley Water"], "Valley Waterworks")).toBe(false);
  });

  it("folds quotation marks and dashes away before comparing words", () => {
    expect(quoteTokens("“Don’t—stop,” she")).toEqual(["don", "t", "stop", "she"]);
    expect(tokenF1(quoteTokens("a b c d"), quoteTokens("a b c d e"))).toBeCloseTo(8 / 9);
  });
});

describe("scoreArticle", () => {
  it("gives full marks to an analysis that matches the gold", () => {
    const score = scoreArticle(
      "dev",
      GOLD,
      article,
      analysis({
        actors: [
          actor("Ana Ruiz", "person", ["Ruiz"]),
          actor("Chen", "person"),
          actor("Valley Saint", "person"),
          actor("The Valley Water Board", "organization"),
        ],
        quotes: [
          quote("The bridge will reopen in June, as promised.", "p1", "Ana Ruiz"),
          quote("Repairs to the pipes are finished.", "p2", "The Valley Water Board"),
        ],
        events: [event("2020-04-28", "p1"), event("2020-04-27", "p2")],
        stances: [stance("Ana Ruiz", "supports"), stance("The Valley Water Board", "neutral")],
      }),
      CLEAN,
    );
    expect(score).toMatchObject({
      peopleRecall: { hit: 2, of: 2 },
      peoplePrecision: { hit: 2, of: 2 },
      quotesFound: { hit: 2, of: 2 },
      speakersRight: { hit: 2, of: 2 },
      spuriousQuotes: 0,
      eventsFound: { hit: 2, of: 2 },
      eventsRight: { hit: 2, of: 2 },
      stances: { hit: 2, of: 2 },
      titleRight: true,
      dateRight: true,
      chromePassages: [],
      missingBody: [],
      misses: [],
    });
  });

  it("counts duplicates, wrong speakers, spurious quotes, wrong events and chrome", () => {
    const withChrome = buildFixtureArticle(`${P1}\n\n${P2}\n\nShare this story`, {
      title: "Share",
      published: null,
    });
    const score = scoreArticle(
      "pasted",
      GOLD,
      withChrome,
      analysis({
        actors: [actor("Ana Ruiz", "person"), actor("Ms. Ruiz", "person"), actor("Jo", "person")],
        quotes: [
          quote("The bridge will reopen in June, as promised.", "p1", "Jo"),
          quote("Repairs to the pipes are finished.", "p2", null),
          quote("Rain fell on Monday.", "p2", null),
        ],
        events: [event("2020-04-28", "p2"), event("2020-04", "p2")],
      }),
      CLEAN,
    );
    expect(score).toMatchObject({
      peopleRecall: { hit: 1, of: 2 },
      peoplePrecision: { hit: 1, of: 3 },
      quotesFound: { hit: 2, of: 2 },
      speakersRight: { hit: 0, of: 2 },
      spuriousQuotes: 1,
      eventsFound: { hit: 0, of: 2 },
      eventsRight: { hit: 0, of: 2 },
      stances: { hit: 0, of: 2 },
      titleRight: false,
      dateRight: false,
      chromePassages: ["p3: Share this story"],
    });
    expect(score.misses).toContain("duplicate person: Ms. Ruiz (= Ana Ruiz)");
    expect(score.misses).toContain("missed person: Bo Chen");
  });

  it("counts 0 of 0 as fully right", () => {
    const empty: Gold = { ...GOLD, people: [], quotes: [], events: [] };
    const score = scoreArticle("dev", empty, article, analysis({}), CLEAN);
    expect(score.peopleRecall.ratio).toBe(1);
    expect(score.peoplePrecision.ratio).toBe(1);
    expect(score.eventsRight.ratio).toBe(1);
  });
});
