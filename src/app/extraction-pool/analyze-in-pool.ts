/**
 * The process's one extraction pool, for every caller that reads an article (the bundled
 * knowledge at start-up, articles a server adds at run time): created on first use.
 */
import type { Article } from "../../model/article.ts";
import type { ExtractionPool, ExtractionPoolOptions, ExtractionResult } from "./extraction-pool.ts";
import { createExtractionPool } from "./extraction-pool.ts";

let sharedPool: ExtractionPool | null = null;
let sharedOptions: ExtractionPoolOptions = {};

/** Sets the shared pool's budget and size; call before the first article is read. */
export function configureExtractionPool(options: ExtractionPoolOptions): void {
  sharedOptions = options;
}

export function getExtractionPool(): ExtractionPool {
  sharedPool ??= createExtractionPool(sharedOptions);
  return sharedPool;
}

/** Ingests and analyses one file off the main thread; refused when over the budget. */
export function analyzeInPool(
  fileName: string,
  content: Uint8Array | string,
): Promise<ExtractionResult> {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  return getExtractionPool().analyze({ kind: "file", fileName, bytes });
}

/** Analyses an article already ingested off the main thread; refused when over the budget. */
export function analyzeArticleInPool(article: Article): Promise<ExtractionResult> {
  return getExtractionPool().analyze({ kind: "article", article });
}

/** Stops the shared pool (on shutdown); a later call starts a fresh one. */
export async function closeExtractionPool(): Promise<void> {
  const pool = sharedPool;
  sharedPool = null;
  await pool?.close();
}
