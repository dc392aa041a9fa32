/** Test helper: ingest a string that must be accepted. */
import type { Article } from "../../src/model/article.ts";
import { ingestArticle } from "../../src/ingest/ingest-article.ts";

export function ingestText(text: string, fileName = "story.txt"): Article {
  const result = ingestArticle(fileName, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** One body paragraph that no header or furniture rule matches. */
export const BODY = "The council met on Tuesday and agreed to repair the old bridge before winter.";
