/**
 * A generated library for answers over many articles: `count` council debates (topics in turn),
 * each quoting Rosa Okafor four times and naming a Tanaka (Jun, Mei, Ken in turn), never quoted.
 */
import { analyzeArticle } from "../../src/extract/analyze-article.ts";
import { ingestArticle } from "../../src/ingest/ingest-article.ts";
import { buildKnowledgeBase } from "../../src/knowledge-base/build-knowledge-base.ts";
import type { KnowledgeBase } from "../../src/knowledge-base/knowledge-base.ts";

const WATCHERS = ["Jun", "Mei", "Ken"];
export const TOPICS = ["harbour", "budget", "school", "transit", "housing", "library", "river"];

export function buildCouncilLibrary(count: number): KnowledgeBase {
  const entries = Array.from({ length: count }, (_, at) => {
    const topic = TOPICS[at % TOPICS.length] ?? "";
    const watcher = `${WATCHERS[at % WATCHERS.length] ?? ""} Tanaka`;
    const text = [
      `Council debates ${topic} plan number ${at + 1}`,
      "Tuesday, March 4, 2025",
      `On Monday, Councillor Rosa Okafor spoke at length on the ${topic} plan while ${watcher} watched.`,
      `“The ${topic} plan needs money this year,” Ms. Okafor said.`,
      `“We have waited long enough for the ${topic} work,” Ms. Okafor said.`,
      `“Nobody should pay twice for ${topic} repairs,” Ms. Okafor said.`,
      `“I will vote for it on Monday,” Ms. Okafor said.`,
    ].join("\n\n");
    const article = ingestArticle(`debate-${String(at).padStart(3, "0")}.txt`, Buffer.from(text));
    if (!article.ok) throw new Error(article.error.message);
    return { article: article.value, analysis: analyzeArticle(article.value) };
  });
  return buildKnowledgeBase(entries);
}
