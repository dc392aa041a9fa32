import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingestArticle } from "../../src/ingest/ingest-article.ts";

const FIXTURES = new URL("../fixtures/ingest/", import.meta.url);

// Each fixture has a hand-reviewed expected Article beside it.
describe("ingestArticle on the fixture articles", () => {
  it.each(["wire-story.txt", "dateline-story.txt", "curated-story.md"])(
    "reads %s as its expected article",
    (fileName) => {
      const bytes = readFileSync(new URL(fileName, FIXTURES));
      const expectedName = fileName.replace(/\.(txt|md)$/, ".expected.json");
      const expected: unknown = JSON.parse(readFileSync(new URL(expectedName, FIXTURES), "utf8"));
      const result = ingestArticle(fileName, bytes);
      expect(result).toEqual({ ok: true, value: expected });
    },
  );
});
