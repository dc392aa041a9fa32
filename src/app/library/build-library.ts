/**
 * Loads the knowledge folder, analyses every article and builds the knowledge base, once; or
 * loads the prebuilt index when it was built from the same files by the same code.
 */
import path from "node:path";
import { buildKnowledgeBase } from "../../knowledge-base/build-knowledge-base.ts";
import type { KnowledgeBase } from "../../knowledge-base/knowledge-base.ts";
import { analyzeArticleInPool } from "../extraction-pool/analyze-in-pool.ts";
import { computeIndexKey } from "./prebuilt-index-key.ts";
import { readPrebuiltIndex, writePrebuiltIndex } from "./prebuilt-index.ts";
import { loadKnowledge, type LoadProblem } from "./load-knowledge.ts";

/** Where `npm run build-index` writes and `npm start` looks, relative to the working folder. */
export const DEFAULT_INDEX_FILE = path.join(".cache", "knowledge-index.json");

/** Where the knowledge base came from, in a sentence the caller logs. */
export interface IndexReport {
  readonly source: "prebuilt" | "built";
  readonly message: string;
}

export interface Library {
  readonly kb: KnowledgeBase;
  /** Files that could not be used, each named with its reason. */
  readonly problems: readonly LoadProblem[];
  /** Per-article doubts, "fentanyl-ifs: no publication date found…". */
  readonly warnings: readonly string[];
  readonly index: IndexReport;
  /**
   * Each server's knowledge base (bundled plus its own articles) when a store is open; without
   * it every request answers from `kb`.
   */
  readonly knowledgeFor?: (guildId: string | null) => Promise<KnowledgeBase>;
}

export interface LibraryOptions {
  /** The prebuilt index file; null builds from the files without looking for one. */
  readonly indexFile?: string | null;
  /**
   * Save a rebuilt knowledge base as the prebuilt index for the next start. Off by default:
   * start-up writes no files, and `npm run build-index` is what writes a fresh index.
   */
  readonly isSavingIndex?: boolean;
}

/** Ingest + extract + index, always from the files. */
export async function analyzeKnowledge(knowledgeDir: string): Promise<Omit<Library, "index">> {
  const { articles, problems } = await loadKnowledge(knowledgeDir);
  // Extraction runs in the worker pool: an article over its time budget becomes a problem.
  const analysed = await Promise.all(articles.map((article) => analyzeArticleInPool(article)));
  const entries = analysed.flatMap((result) => (result.ok ? [result.value] : []));
  analysed.forEach((result, i) => {
    const file = articles[i]?.fileName ?? "";
    if (!result.ok) problems.push({ file, message: `${file}: ${result.error}` });
  });
  const warnings = entries.flatMap(({ article, analysis }) =>
    [...article.warnings, ...analysis.warnings].map((warning) => `${article.fileName}: ${warning}`),
  );
  return { kb: buildKnowledgeBase(entries), problems, warnings };
}

export async function buildLibrary(
  knowledgeDir: string,
  options: LibraryOptions = {},
): Promise<Library> {
  const indexFile = options.indexFile === undefined ? DEFAULT_INDEX_FILE : options.indexFile;
  if (indexFile === null) {
    const library = await analyzeKnowledge(knowledgeDir);
    return { ...library, index: { source: "built", message: "built from the knowledge files" } };
  }
  const key = await computeIndexKey(knowledgeDir);
  const saved = await readPrebuiltIndex(indexFile, key);
  if (saved.ok) {
    return {
      ...saved.value,
      index: { source: "prebuilt", message: `loaded the prebuilt index ${indexFile}` },
    };
  }
  const library = await analyzeKnowledge(knowledgeDir);
  let saving = "";
  if (options.isSavingIndex === true) {
    saving = await writePrebuiltIndex(indexFile, key, library).then(
      () => `; saved it to ${indexFile}`,
      (error: unknown) => `; could not save it to ${indexFile} (${describeError(error)})`,
    );
  }
  return {
    ...library,
    index: {
      source: "built",
      message: `${saved.error.message}: rebuilt from the knowledge files${saving}`,
    },
  };
}

function describeError(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error
    ? String(error.code)
    : "unknown error";
}
