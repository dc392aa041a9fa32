/**
 * /quote by speaker counts a speaker's quotes from the names index and lists at most
 * SPEAKER_QUOTE_LIMIT of them, saying how many there are; a topic then searches all of them.
 */
import { describe, expect, it } from "vitest";
import { answerQuotes, SPEAKER_QUOTE_LIMIT } from "../../src/answer/quotes.ts";
import { countSpeakerQuotes } from "../../src/answer/speaker-quotes.ts";
import { countByActorName } from "../../src/knowledge-base/actor-counts.ts";
import { buildKnowledgeBase } from "../../src/knowledge-base/build-knowledge-base.ts";
import type { KnowledgeBase } from "../../src/knowledge-base/knowledge-base.ts";
import { buildCouncilLibrary as library } from "../support/council-library.ts";

const introOf = (kb: KnowledgeBase, options: Parameters<typeof answerQuotes>[1]) =>
  answerQuotes(kb, options)
    .intro.map((part) => ("text" in part ? part.text : ""))
    .join("");

const itemsOf = (kb: KnowledgeBase, options: Parameters<typeof answerQuotes>[1]) =>
  answerQuotes(kb, options).sections.flatMap((section) => section.items);

describe("/quote by speaker", () => {
  const small = library(3);
  // More quotes (320) than are ranked whole, so a topic goes through the quote index.
  const large = library(80);

  it("counts a speaker's quotes from the names, and someone named but never quoted as none", () => {
    expect(countSpeakerQuotes(small, small.entries, "Okafor").total).toBe(12);
    expect(countSpeakerQuotes(small, small.entries, "rosa okafor").total).toBe(12);
    const unquoted = countSpeakerQuotes(small, small.entries, "Tanaka");
    expect(unquoted.total).toBe(0);
    expect(unquoted.named.size).toBe(3);
    expect(countSpeakerQuotes(small, small.entries, "Rosa Tanaka").named.size).toBe(0);
  });

  it("lists every quote when there are few, and says how many", () => {
    expect(itemsOf(small, { speaker: "Okafor" })).toHaveLength(12);
    expect(introOf(small, { speaker: "Okafor" })).toBe("12 verbatim quotes.");
    expect(answerQuotes(small, { speaker: "Tanaka" }).hint).toBe(
      "Tanaka is in the articles but is never quoted directly.",
    );
  });

  it("lists at most the limit, and says how many there are and how to narrow them", () => {
    expect(itemsOf(large, { speaker: "Okafor" })).toHaveLength(SPEAKER_QUOTE_LIMIT);
    expect(introOf(large, { speaker: "Okafor" })).toBe(
      `The first ${SPEAKER_QUOTE_LIMIT} of 320 verbatim quotes. Add about: or article: to narrow them.`,
    );
    const oneArticle = large.entries[79]?.article.id ?? "";
    expect(itemsOf(large, { speaker: "Okafor", article: oneArticle })).toHaveLength(4);
  });

  it("finds a topic among all of a speaker's quotes, past the listed ones", () => {
    // "river" is the topic of every seventh article: most lie past the first 100 quotes.
    const found = itemsOf(large, { speaker: "Okafor", about: "river" });
    const articles = new Set(found.flatMap((item) => item.citations.map((c) => c.articleId)));
    const riverArticles = large.entries.filter((_, at) => at % 7 === 6);
    expect(articles).toEqual(new Set(riverArticles.map((entry) => entry.article.id)));
    expect(found).toHaveLength(3 * riverArticles.length);
    expect(found.every((item) => item.citations.length === 1)).toBe(true);
    expect(itemsOf(large, { speaker: "Tanaka", about: "river" })).toHaveLength(0);
  });
});

describe("two actors of one article by the same name", () => {
  // A person and an organisation both called "Rosa Okafor": only the person is quoted.
  const base = library(2);
  const kb = buildKnowledgeBase(
    base.entries.map(({ article, analysis }) => ({
      article,
      analysis: {
        ...analysis,
        actors: [
          ...analysis.actors,
          {
            id: "rosa-okafor-org",
            name: "Rosa Okafor",
            kind: "organization" as const,
            aliases: [],
            role: null,
            organization: null,
            passages: ["p2", "p3"],
          },
        ],
      },
    })),
  );

  it("count together, so the person's quotes are all found", () => {
    expect(countByActorName(kb.entries[0]?.analysis ?? { actors: [], quotes: [] })).toEqual(
      new Map([
        ["Rosa Okafor", { quotes: 4, mentions: 5 + 2 }],
        ["Jun Tanaka", { quotes: 0, mentions: 1 }],
      ]),
    );
    expect(itemsOf(kb, { speaker: "Okafor" })).toHaveLength(8);
    expect(introOf(kb, { speaker: "Okafor" })).toBe("8 verbatim quotes.");
  });
});
