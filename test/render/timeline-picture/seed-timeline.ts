/** The seed article's /timeline answer and analysis, built the way the bot builds them. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { answerTimeline } from "../../../src/answer/timeline.ts";
import { analyzeArticle } from "../../../src/extract/analyze-article.ts";
import { ingestArticle } from "../../../src/ingest/ingest-article.ts";
import { buildKnowledgeBase } from "../../../src/knowledge-base/build-knowledge-base.ts";
import type { Answer } from "../../../src/model/answer.ts";
import type { AnalyzedArticle } from "../../../src/render/timeline-picture/picture-events.ts";

const SEED = fileURLToPath(new URL("../../../knowledge/fentanyl-ifs.txt", import.meta.url));

export function buildSeedTimeline(): { answer: Answer; entries: AnalyzedArticle[] } {
  const ingested = ingestArticle("fentanyl-ifs.txt", readFileSync(SEED));
  if (!ingested.ok) throw new Error(ingested.error.message);
  const entries = [{ article: ingested.value, analysis: analyzeArticle(ingested.value) }];
  const kb = buildKnowledgeBase(entries);
  return { answer: answerTimeline(kb, { article: ingested.value.id }), entries };
}

/** Width and height from a PNG's IHDR chunk, which follows the 8-byte signature. */
export function readPngSize(png: Buffer): { width: number; height: number } {
  const signature = png.subarray(0, 8).toString("hex");
  if (signature !== "89504e470d0a1a0a" || png.subarray(12, 16).toString("ascii") !== "IHDR") {
    throw new Error("not a PNG");
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
