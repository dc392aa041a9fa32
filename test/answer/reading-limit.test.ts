/**
 * Answers over a large library read a bounded number of articles: /who lists 25 other articles
 * and 10 other names at most, and a cast or timeline of more than ARTICLES_READ_MAX articles asks
 * to be narrowed instead of listing them.
 */
import { describe, expect, it } from "vitest";
import { pickQuoteWorthDiscussing } from "../../src/answer/quote-worth-discussing.ts";
import { answerTimeline } from "../../src/answer/timeline.ts";
import { answerWho } from "../../src/answer/who.ts";
import { ARTICLES_READ_MAX } from "../../src/answer/reading-limit.ts";
import type { Answer } from "../../src/model/answer.ts";
import { buildCouncilLibrary } from "../support/council-library.ts";

const headings = (answer: Answer) => answer.sections.map((section) => section.heading);
const itemsUnder = (answer: Answer, heading: string) =>
  answer.sections.find((section) => section.heading === heading)?.items ?? [];

describe("answers over more articles than one answer reads", () => {
  const kb = buildCouncilLibrary(ARTICLES_READ_MAX + 1);
  const first = kb.entries[0]?.article.id ?? "";

  it("profiles a person in 201 articles from 26 of them, saying how many more", () => {
    const who = answerWho(kb, { name: "Okafor" });
    expect(who.title).toBe("Rosa Okafor");
    expect(itemsUnder(who, "Also appears in")).toHaveLength(25);
    expect(who.hint).toBe("Also in 175 more articles.");
  });

  it("picks the most mentioned of several people by a name, and names the others", () => {
    // Jun, Mei and Ken Tanaka watch in turn (67 articles each): equal mentions, first seen first.
    const who = answerWho(kb, { name: "Tanaka" });
    expect(who.title).toBe("Jun Tanaka");
    expect(who.hint).toBe("Also in 41 more articles. Also matching: Mei Tanaka, Ken Tanaka.");
    expect(answerWho(kb, { name: "Mei Tanaka" }).title).toBe("Mei Tanaka");
  });

  it("asks to narrow a cast or a timeline of the whole library", () => {
    const cast = answerWho(kb, {});
    expect(cast.sections).toEqual([]);
    expect(cast.hint).toBe(
      "The library holds 201 articles: more than the 200 one answer reads. " +
        "Add article: for one article's cast, or name: for one person.",
    );
    expect(answerTimeline(kb, {}).hint).toBe(
      "The library holds 201 articles: more than the 200 one answer reads. Add article: or actor:.",
    );
    expect(answerTimeline(kb, { actor: "Okafor" }).hint).toBe(
      "“Okafor” is in 201 articles: more than the 200 one answer reads. " +
        "Add article:, or a fuller name.",
    );
  });

  it("picks a quote worth discussing reading the first articles only", () => {
    const opened = new Set<string>();
    // Each entry notes when its analysis is read, as a lazily loaded one parses then.
    const scope = kb.entries.map((entry) => ({
      article: entry.article,
      get analysis() {
        opened.add(entry.article.id);
        return entry.analysis;
      },
    }));
    expect(pickQuoteWorthDiscussing(scope)).toBeDefined();
    expect(opened.size).toBe(ARTICLES_READ_MAX);
    expect(opened.has(kb.entries[ARTICLES_READ_MAX]?.article.id ?? "")).toBe(false);
  });

  it("answers in full once narrowed to one article, or to fewer articles than the limit", () => {
    expect(headings(answerWho(kb, { article: first }))).toHaveLength(1);
    const timeline = answerTimeline(kb, { actor: "Okafor", article: first });
    expect(timeline.title).toBe("Timeline: Rosa Okafor");
    expect(timeline.sections.flatMap((section) => section.items).length).toBeGreaterThan(0);
    const small = buildCouncilLibrary(3);
    expect(answerWho(small, {}).sections).toHaveLength(3);
    expect(answerTimeline(small, { actor: "Mei Tanaka" }).title).toBe("Timeline: Mei Tanaka");
  });
});
