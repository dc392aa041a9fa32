import { describe, expect, it } from "vitest";
import { extractActors } from "../../../src/extract/actors/extract-actors.ts";
import { createExtractContext } from "../../../src/extract/context.ts";
import type { Actor } from "../../../src/model/analysis.ts";
import { buildFixtureArticle, type FixtureOptions } from "../fixture-article.ts";

function actorsOf(text: string, options: FixtureOptions = {}): readonly Actor[] {
  const lines: string[] = [];
  const actors = extractActors(
    createExtractContext(buildFixtureArticle(text, options), (message) => lines.push(message())),
  );
  return actors;
}

const byName = (actors: readonly Actor[], name: string) =>
  actors.find((actor) => actor.name === name);

describe("extractActors", () => {
  it("merges every form of a person into one actor with aliases and passages", () => {
    const actors = actorsOf(
      [
        "On Wednesday, President Joe Biden met with Chinese Communist Party (CCP) leader Xi Jinping.",
        "Mr. Miller said President Biden had raised concerns when meeting with Mr. Xi on Wednesday.",
        "On Nov. 16, State Department spokesperson Matt Miller told reporters it was necessary.",
      ].join("\n\n"),
    );
    expect(actors.filter((actor) => actor.kind === "person").map((actor) => actor.name)).toEqual([
      "Joe Biden",
      "Xi Jinping",
      "Matt Miller",
    ]);
    expect(byName(actors, "Joe Biden")).toMatchObject({
      id: "joe-biden",
      role: "President",
      passages: ["p1", "p2"],
    });
    expect(byName(actors, "Joe Biden")?.aliases).toEqual(
      expect.arrayContaining(["President Biden", "Biden"]),
    );
    expect(byName(actors, "Xi Jinping")?.aliases).toContain("Mr. Xi");
    expect(byName(actors, "Matt Miller")).toMatchObject({
      role: "State Department spokesperson",
      organization: "State Department",
      passages: ["p2", "p3"],
    });
    expect(byName(actors, "Matt Miller")?.aliases).toContain("Mr. Miller");
  });

  it("links an organisation to its acronym and keeps it when it recurs", () => {
    const actors = actorsOf(
      "The bureau listed the Institute of Forensic Science (IFS) in 2020.\n\nRemoving the IFS was necessary, Mr. Miller said.",
    );
    expect(byName(actors, "Institute of Forensic Science")).toMatchObject({
      kind: "organization",
      aliases: ["IFS"],
      passages: ["p1", "p2"],
    });
  });

  it("leaves out the author, a photo credit, weekdays, months and places", () => {
    const text = [
      "U.S. President Joe Biden speaks in San Francisco, Calif., on Nov. 16, 2023. (Justin Sullivan/Getty Images)",
      "On Thursday, November 16, officials in Xinjiang and Ottawa met in Los Angeles.",
      "Fentanyl Deal Draws Criticism, writes Frank Fang.",
    ].join("\n\n");
    const names = actorsOf(text, { author: "Frank Fang" }).map((actor) => actor.name);
    expect(names).toEqual(["Joe Biden"]);
  });

  it("keeps an organisation that acts or that a person's role names", () => {
    const actors = actorsOf(
      "Kenneth Roth, former director of Human Rights Watch, called it a bribe.\n\nThe Uyghur Human Rights Project noted the risk.",
    );
    expect(actors.map((actor) => [actor.name, actor.kind])).toEqual([
      ["Human Rights Watch", "organization"],
      ["Kenneth Roth", "person"],
      ["Uyghur Human Rights Project", "organization"],
    ]);
    expect(byName(actors, "Kenneth Roth")).toMatchObject({
      role: "former director of Human Rights Watch",
      organization: "Human Rights Watch",
    });
  });

  it("treats a party and the White House as organisations, not people", () => {
    const actors = actorsOf(
      "The Liberal Democrats said he should go.\n\nThe White House said it agreed.",
    );
    expect(actors.map((actor) => [actor.name, actor.kind])).toEqual([
      ["Liberal Democrats", "organization"],
      ["White House", "organization"],
    ]);
  });

  it("does not invent a third person from a surname two people share", () => {
    const actors = actorsOf(
      "Former President Bill Clinton and Secretary of State Hillary Clinton arrived.\n\nMr. Clinton said little.",
    );
    expect(actors.map((actor) => actor.name)).toEqual(["Bill Clinton", "Hillary Clinton"]);
    expect(actors.map((actor) => actor.aliases.includes("Clinton"))).toEqual([false, false]);
  });

  it("knows “Department of Commerce” and “Commerce Department” as one organisation", () => {
    const actors = actorsOf(
      "The Department of Commerce listed it.\n\nIt was on the Commerce Department list.",
    );
    expect(actors.map((actor) => [actor.name, actor.aliases, actor.passages])).toEqual([
      ["Department of Commerce", ["Commerce Department"], ["p1", "p2"]],
    ]);
  });

  it("finds no one in a title-case heading", () => {
    const article = buildFixtureArticle(
      "President Biden Visits China As Mark Prices Rise\n\nThe talks began.",
    );
    const withHeading = {
      ...article,
      passages: article.passages.map((passage, index) =>
        index === 0 ? { ...passage, kind: "heading" as const } : passage,
      ),
    };
    expect(extractActors(createExtractContext(withHeading))).toEqual([]);
  });

  it("does not treat a platform or a single capitalised word as a person", () => {
    const actors = actorsOf(
      "Ms. Asat wrote on Thursday in a post on X, formerly Twitter.\n\nTwitter said nothing. Fentanyl kills.",
    );
    expect(actors.map((actor) => actor.name)).toEqual(["Asat"]);
  });

  it("never throws on strange text and stays fast on adversarial input", () => {
    const hostile = [
      "A ".repeat(20_000),
      "Mr. ".repeat(5_000),
      "(".repeat(10_000) + "/" + ")".repeat(10_000),
      "Aa Bb, ".repeat(5_000),
      "Institute of ".repeat(5_000) + "(IO)",
      "Said " + "A" + "a".repeat(50_000) + "1 x",
      "Mr. " + "Zz".repeat(20_000) + "'",
      "",
    ].join("\n\n");
    const started = performance.now();
    expect(() => actorsOf(hostile)).not.toThrow();
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
