/**
 * Pins what /search, /quote and autocomplete return on the seed and eval articles, so a change
 * to the index or its ranking that moves a top answer fails here. The expected file was written
 * from the code before the index was reworked, and read by hand.
 */
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/app/library/load-knowledge.ts";
import { readPrebuiltIndex, writePrebuiltIndex } from "../../src/app/library/prebuilt-index.ts";
import { analyzeArticle } from "../../src/extract/analyze-article.ts";
import { buildKnowledgeBase } from "../../src/knowledge-base/build-knowledge-base.ts";
import type { KnowledgeBase } from "../../src/knowledge-base/knowledge-base.ts";
import {
  pinnedAnswers,
  RANKING_FIXTURES,
  SEARCH_QUERIES,
  searchOrder,
} from "./search-ranking-queries.ts";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const EXPECTED = JSON.parse(
  readFileSync(path.join(HERE, "search-ranking.expected.json"), "utf8"),
) as Record<string, Record<string, readonly string[]>>;

let kb: KnowledgeBase;

beforeAll(async () => {
  const { articles, problems } = await loadKnowledge(RANKING_FIXTURES);
  expect(problems).toEqual([]);
  kb = buildKnowledgeBase(
    articles.map((article) => ({ article, analysis: analyzeArticle(article) })),
  );
});

describe("search ranking on the seed and eval articles", () => {
  it("covers every fixture article", () => {
    expect(kb.entries).toHaveLength(14);
  });

  it.each(SEARCH_QUERIES)("/search %s keeps its top five", (query) => {
    expect(searchOrder(kb, query)).toEqual(EXPECTED["search"]?.[query]);
  });

  it("answers the same from the prebuilt index file as when freshly built", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "roundtable-ranking-"));
    try {
      const file = path.join(dir, "index.bin");
      await writePrebuiltIndex(file, "key", { kb, problems: [], warnings: [] });
      const loaded = await readPrebuiltIndex(file, "key");
      expect(loaded.ok).toBe(true);
      if (loaded.ok) expect(pinnedAnswers(loaded.value.kb)).toEqual(EXPECTED);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("keeps /quote's top three and autocomplete's top five", () => {
    const pinned = pinnedAnswers(kb);
    expect(pinned.quote).toEqual(EXPECTED["quote"]);
    expect(pinned.autocomplete).toEqual(EXPECTED["autocomplete"]);
  });
});
