import { describe, expect, it } from "vitest";
import { restoreKnowledgeBase } from "../../src/knowledge-base/build-knowledge-base.ts";
import type { ArticleEntry, KnowledgeBase } from "../../src/knowledge-base/knowledge-base.ts";
import {
  checkTokenIndex,
  importKnowledgeBase,
  parseArticleEntry,
} from "../../src/knowledge-base/restore-knowledge-base.ts";
import { buildTokenIndex } from "../../src/knowledge-base/token-index.ts";
import { buildLibraryKb } from "../support/fixture-kb.ts";

const QUERIES = ["inspecters deck", "main street", "bridge", "xyzzy plugh"];

/** What each search returns, by document, so two knowledge bases can be compared. */
function describeSearches(kb: KnowledgeBase): unknown[] {
  return QUERIES.flatMap((query) => [
    kb.passages.search(query).map((hit) => `${hit.item.articleId}#${hit.item.passage}`),
    kb.quotes.search(query).map((hit) => `${hit.item.articleId}#${hit.item.quote.id}`),
    kb.names.search(query.slice(0, 3)).map((hit) => hit.item.name),
    kb.articles.search(query).map((hit) => hit.item.articleId),
  ]);
}

/** Round-trips through JSON as the index file does (typed arrays travel separately). */
function copyEntries(kb: KnowledgeBase): unknown[] {
  return JSON.parse(JSON.stringify(kb.entries)) as unknown[];
}

/** Checks each copied entry as the loader does. */
function parseEntries(values: readonly unknown[]): ArticleEntry[] {
  return values.map((value) => {
    const parsed = parseArticleEntry(value);
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.value;
  });
}

describe("importKnowledgeBase", () => {
  const kb = buildLibraryKb();

  it("answers every search exactly as the knowledge base it was saved from", () => {
    const restored = importKnowledgeBase(parseEntries(copyEntries(kb)), kb.indices);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.value.entries.map((entry) => entry.article.id)).toEqual(
      kb.entries.map((entry) => entry.article.id),
    );
    expect(describeSearches(restored.value)).toEqual(describeSearches(kb));
    expect(describeSearches(kb)[0]).toEqual(["old-harbor-bridge#p3"]);
  });

  it.each([
    [
      "a missing analysis",
      (entry: Record<string, unknown>) => delete entry["analysis"],
      "analysis",
    ],
    [
      "a title that is not text",
      (entry: Record<string, unknown>) => {
        entry["article"] = { ...(entry["article"] as object), title: 42 };
      },
      "article.title",
    ],
  ])("rejects an entry with %s, naming the field", (_name, spoil, field) => {
    const [entry] = copyEntries(kb) as Record<string, unknown>[];
    spoil(entry!);
    const parsed = parseArticleEntry(entry);
    expect(parsed).toMatchObject({ ok: false });
    if (!parsed.ok) expect(parsed.error).toContain(`(${field}:`);
  });

  it("rejects indices built from other documents", () => {
    const other = { ...kb.indices, passages: buildTokenIndex(["one passage only"]) };
    expect(importKnowledgeBase(kb.entries, other)).toEqual({
      ok: false,
      error: expect.stringContaining("passages index: covers 1 documents"),
    });
  });

  it("keeps the saved order of entries, so document numbers do not move", () => {
    const reversed = restoreKnowledgeBase([...kb.entries].reverse(), kb.indices);
    expect(reversed.entries[0]?.article.id).toBe(kb.entries.at(-1)?.article.id);
  });
});

describe("checkTokenIndex", () => {
  const index = buildTokenIndex(["alpha beta", "beta gamma"]);

  it("accepts a well-formed index", () => {
    expect(checkTokenIndex(index, 2)).toBeNull();
  });

  it.each([
    ["a document count that differs", { ...index }, 3, "covers 2 documents, expected 3"],
    [
      "an unsorted vocabulary",
      { ...index, vocabulary: ["beta", "alpha", "gamma"] },
      2,
      "vocabulary is not sorted",
    ],
    [
      "a posting out of range",
      { ...index, postings: Uint32Array.from([0, 0, 7, 1]) },
      2,
      "postings out of order or out of range",
    ],
    [
      "offsets that overrun",
      { ...index, offsets: Uint32Array.from([0, 1, 3, 9]) },
      2,
      "term offsets do not end at postings",
    ],
  ])("rejects %s", (_name, broken, documents, message) => {
    expect(checkTokenIndex(broken, documents)).toBe(message);
  });
});
