/** What a worker does with one request: ingest when given bytes, then analyse. Pure. */
import { analyzeArticle } from "../../extract/analyze-article.ts";
import { ingestArticle } from "../../ingest/ingest-article.ts";
import { fail, ok } from "../../model/result.ts";
import type { Result } from "../../model/result.ts";
import type { ExtractedEntry, ExtractionInput } from "./extraction-job.ts";

export function runExtractionJob(input: ExtractionInput): Result<ExtractedEntry, string> {
  let article = input.kind === "article" ? input.article : undefined;
  if (input.kind === "file") {
    const ingested = ingestArticle(input.fileName, input.bytes);
    if (!ingested.ok) return fail(ingested.error.reason);
    article = ingested.value;
  }
  if (article === undefined) return fail("nothing to read");
  return ok({ article, analysis: analyzeArticle(article) });
}
