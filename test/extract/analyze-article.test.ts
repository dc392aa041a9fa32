import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../src/extract/analyze-article.ts";
import { ingestArticle } from "../../src/ingest/ingest-article.ts";
import type { Analysis } from "../../src/model/analysis.ts";
import type { Article } from "../../src/model/article.ts";
import { buildFixtureArticle } from "./fixture-article.ts";

const SEED = new URL("../../knowledge/fentanyl-ifs.txt", import.meta.url);
const HARBOR = new URL("../fixtures/extract/harbor-bridge.txt", import.meta.url);
const HARBOR_EXPECTED = new URL("../fixtures/extract/harbor-bridge.expected.json", import.meta.url);

function loadSeed(): Article {
  const result = ingestArticle("fentanyl-ifs.txt", readFileSync(SEED));
  if (!result.ok) throw new Error(`seed did not ingest: ${JSON.stringify(result.error)}`);
  return result.value;
}

function analyze(article: Article): { readonly analysis: Analysis; readonly trace: string } {
  const lines: string[] = [];
  const analysis = analyzeArticle(article, (message) => lines.push(message()));
  return { analysis, trace: lines.join("\n") };
}

describe("analyzeArticle on the seed article", () => {
  const { analysis, trace } = analyze(loadSeed());
  const actor = (name: string) => analysis.actors.find((item) => item.name === name);
  const quotesBy = (name: string) => analysis.quotes.filter((quote) => quote.speaker === name);

  it("finds each person once, with the roles the article gives", () => {
    const people = analysis.actors
      .filter((item) => item.kind === "person")
      .map((item) => item.name);
    expect(people, trace).toEqual([
      "Joe Biden",
      "Xi Jinping",
      "Matt Miller",
      "Antony Blinken",
      "Rayhan Asat",
      "Kenneth Roth",
    ]);
    expect(actor("Matt Miller")).toMatchObject({ role: "State Department spokesperson" });
    expect(actor("Matt Miller")?.aliases).toContain("Mr. Miller");
    expect(actor("Antony Blinken")?.role).toBe("Secretary of State");
    expect(actor("Xi Jinping")?.aliases).toContain("Mr. Xi");
    expect(actor("Joe Biden")?.aliases).toEqual(
      expect.arrayContaining(["Biden", "President Biden"]),
    );
    expect(actor("Rayhan Asat")).toMatchObject({ organization: "Atlantic Council" });
    expect(actor("Rayhan Asat")?.role).toContain("human rights lawyer of Uyghur heritage");
    expect(actor("Kenneth Roth")?.role).toContain(
      "former executive director of Human Rights Watch",
    );
    expect(actor("Institute of Forensic Science")?.aliases).toContain("IFS");
    expect(analysis.actors.map((item) => item.name)).not.toContain("Frank Fang");
    expect(analysis.actors.map((item) => item.name)).not.toContain("Justin Sullivan");
  });

  it("gives Matt Miller all four of his quotes, including the one after “He added,”", () => {
    const miller = quotesBy("Matt Miller").map((quote) => [quote.passage, quote.text.slice(0, 30)]);
    expect(miller, trace).toEqual([
      ["p8", "The continued listing of the I"],
      ["p8", "it was a top priority"],
      ["p9", "When we evaluated the issue an"],
      ["p11", "We have to make tough decision"],
    ]);
  });

  it("attributes the posts, the group's line and the bureau's accusation", () => {
    expect(quotesBy("Rayhan Asat").map((quote) => [quote.passage, quote.isFragment])).toEqual([
      ["p13", true],
      ["p14", false],
    ]);
    expect(quotesBy("Kenneth Roth").map((quote) => [quote.passage, quote.isFragment])).toEqual([
      ["p17", true],
      ["p18", false],
    ]);
    expect(quotesBy("Uyghur Human Rights Project").map((quote) => quote.text)).toEqual([
      "possess DNA of millions of Uyghurs—collected in 2016 without adequate consent",
    ]);
    expect(
      quotesBy("Bureau of Industry and Security").map((quote) => quote.text.slice(0, 40)),
    ).toEqual(["complicit in human rights violations and"]);
    const question = analysis.quotes.find((quote) => quote.text.startsWith("raise questions"));
    expect(question).toMatchObject({ speaker: null, isFragment: true });
  });

  it("keeps every quote verbatim", () => {
    const article = loadSeed();
    for (const quote of analysis.quotes) {
      const passage = article.passages.find((item) => item.id === quote.passage);
      expect(passage?.text.slice(quote.span[0], quote.span[1])).toBe(quote.text);
    }
  });

  it("reads Miller as supporting the removal, and Asat, Roth and the Uyghur Human Rights Project as opposing it", () => {
    const stance = (name: string) => analysis.stances.find((item) => item.actor === name);
    expect(stance("Matt Miller")?.stance, trace).toBe("supports");
    expect(stance("Rayhan Asat")).toMatchObject({
      stance: "opposes",
      origin: "extracted",
      reason: "called the decision “insulting”",
    });
    expect(stance("Kenneth Roth")).toMatchObject({
      stance: "opposes",
      reason: "called the administration’s decision “a bribe”",
    });
    expect(stance("Uyghur Human Rights Project")?.stance).toBe("opposes");
    expect(analysis.centralAction?.passage).toBe("p2");
    expect(analysis.centralAction?.text).toMatch(/^The Biden administration on Thursday removed/u);
  });
});

describe("analyzeArticle on a hand-reviewed fixture", () => {
  it("matches the expected analysis", () => {
    const article = buildFixtureArticle(readFileSync(HARBOR, "utf8"), {
      title: "Harbor Bridge closed to cars",
      published: "2024-03-01",
      author: "Jo Writer",
    });
    const { analysis, trace } = analyze(article);
    const { actors, quotes, stances, centralAction } = analysis;
    const expected: unknown = JSON.parse(readFileSync(HARBOR_EXPECTED, "utf8"));
    expect({ centralAction, actors, quotes, stances }, trace).toEqual(expected);
  });
});

describe("analyzeArticle with curation and strange input", () => {
  const text =
    "Mayor Linda Okafor said the closure was “a necessary step”.\n\nThe Harbor Group said it would appeal. Okafor's office agreed.";

  it("lets curated aliases and stances win over extraction", () => {
    const article = buildFixtureArticle(text, {
      curation: {
        aliases: { "Linda Okafor": ["the mayor"], "Harbor Group": ["the group"] },
        stances: { "Linda Okafor": "mixed", "Harbor Group": "opposes" },
      },
    });
    const { analysis } = analyze(article);
    expect(analysis.actors.find((item) => item.name === "Linda Okafor")?.aliases).toContain(
      "the mayor",
    );
    expect(analysis.actors.find((item) => item.name === "Harbor Group")).toMatchObject({
      kind: "organization",
      passages: ["p2"],
    });
    expect(analysis.stances.map((stance) => [stance.actor, stance.stance, stance.origin])).toEqual([
      ["Linda Okafor", "mixed", "curated"],
      ["Harbor Group", "opposes", "curated"],
    ]);
  });

  it("is deterministic", () => {
    const article = buildFixtureArticle(text);
    expect(analyzeArticle(article)).toEqual(analyzeArticle(article));
  });

  it("never throws on empty or hostile articles", () => {
    const hostile = ["", "“", '""""', "Mr.", "(/)", "’’’", "A".repeat(10_000)];
    for (const body of hostile) {
      expect(() => analyzeArticle(buildFixtureArticle(body, { published: null }))).not.toThrow();
    }
  });
});
