import { describe, expect, it } from "vitest";
import { shortenReason } from "../../../src/extract/stances/shorten-reason.ts";
import { analyzeArticle } from "../../../src/extract/analyze-article.ts";
import { buildFixtureArticle } from "../fixture-article.ts";

describe("shortenReason", () => {
  it.each([
    ["short enough", 20, "short enough"],
    ["removed the institute from a trade list in a deal", 30, "removed the institute from a …"],
    ["one, two, three, four", 11, "one, two …"],
    ["averyveryverylongwordwithoutspaces", 10, "averyveryv …"],
  ])("cuts %j at %i after a whole word", (reason, max, expected) => {
    expect(shortenReason(reason, max)).toBe(expected);
  });
});

describe("warnings about dates", () => {
  it("says which relative dates were left out when the article has no publication date", () => {
    const article = buildFixtureArticle("The council met on Thursday and voted in 2020.", {
      published: null,
    });
    const analysis = analyzeArticle(article);
    expect(analysis.events.map((e) => e.date)).toEqual(["2020"]);
    expect(analysis.warnings).toContain(
      "no publication date: 1 relative date(s) such as “on Thursday” were left out of the timeline",
    );
  });
});
