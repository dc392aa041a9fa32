/** Loads the knowledge folder, analyses every article and builds the knowledge base, once. */
import { analyzeArticle } from "../extract/analyze-article.ts";
import { buildKnowledgeBase } from "../knowledge-base/build-knowledge-base.ts";
import type { KnowledgeBase } from "../knowledge-base/knowledge-base.ts";
import { loadKnowledge, type LoadProblem } from "./load-knowledge.ts";

export interface Library {
  readonly kb: KnowledgeBase;
  /** Files that could not be used, each named with its reason. */
  readonly problems: readonly LoadProblem[];
  /** Per-article doubts, "fentanyl-ifs: no publication date found…". */
  readonly warnings: readonly string[];
}

export async function buildLibrary(knowledgeDir: string): Promise<Library> {
  const { articles, problems } = await loadKnowledge(knowledgeDir);
  const entries = articles.map((article) => ({ article, analysis: analyzeArticle(article) }));
  const warnings = entries.flatMap(({ article, analysis }) =>
    [...article.warnings, ...analysis.warnings].map((warning) => `${article.fileName}: ${warning}`),
  );
  return { kb: buildKnowledgeBase(entries), problems, warnings };
}
