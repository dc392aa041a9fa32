/**
 * Servers' own articles for the many-servers bench, written straight into a SQLite store. A pool
 * of distinct articles goes through the real pipeline (ingest + analysis); each server keeps 20 of
 * them, so 20,000 rows need a few hundred analyses, not 20,000. The rows are the ones
 * `ServerLibraries.add` writes, inserted in one transaction.
 */
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { analyzeArticle } from "../src/extract/analyze-article.ts";
import { ingestArticle } from "../src/ingest/ingest-article.ts";
import { DEFAULT_QUOTAS } from "../src/store/article-store.ts";
import { openSqliteStore } from "../src/store/sqlite-store.ts";
import { generateCorpus, renderArticle, type BenchArticle } from "./bench-corpus.ts";
import type { SourceDocument } from "./bench-sources.ts";

export interface PoolArticle {
  readonly articleId: string;
  readonly title: string;
  readonly bytes: Uint8Array;
  readonly articleJson: string;
  readonly analysisJson: string;
  readonly contentHash: string;
  /** The passages' text, for drawing queries. */
  readonly passages: readonly string[];
}

/** A server's article is about this long (≈ 750 words): a typical news article. */
const POOL_ARTICLE_PASSAGES = 10;

/** `count` generated articles of the same shape, the same for the same seed. */
export function generateArticles(
  sources: readonly SourceDocument[],
  count: number,
  passagesEach: number,
  seed: number,
): BenchArticle[] {
  // Corpus articles hold 10–40 passages; ask for enough and cut each to size.
  const generated = generateCorpus(sources, count * 40, seed).slice(0, count);
  return generated.map((article) => ({
    ...article,
    passages: article.passages.slice(0, passagesEach),
  }));
}

export function buildPool(
  sources: readonly SourceDocument[],
  count: number,
  seed: number,
): PoolArticle[] {
  return generateArticles(sources, count, POOL_ARTICLE_PASSAGES, seed).map((generated, index) => {
    const articleId = `own-${String(index + 1).padStart(4, "0")}`;
    const bytes = new TextEncoder().encode(renderArticle(generated));
    const read = ingestArticle(`${articleId}.md`, bytes);
    if (!read.ok) throw new Error(`bench pool article ${articleId}: ${read.error.reason}`);
    const article = read.value;
    return {
      articleId,
      title: article.title,
      bytes,
      articleJson: JSON.stringify(article),
      analysisJson: JSON.stringify(analyzeArticle(article)),
      contentHash: createHash("sha256").update(bytes).digest("hex"),
      passages: generated.passages,
    };
  });
}

/** Discord-like ids, the same for the same server number. */
export function guildIdOf(server: number): string {
  return (800_000_000_000_000_000n + BigInt(server)).toString();
}

/** Which pool articles server `server` keeps: `perServer` distinct ones, spread over the pool. */
export function poolIndicesOf(server: number, perServer: number, poolSize: number): number[] {
  return Array.from({ length: perServer }, (_, k) => (server * perServer + k) % poolSize);
}

export interface SeedReport {
  readonly rows: number;
  readonly ms: number;
}

/** Creates the store (schema via the real migrations), then inserts every row at once. */
export async function seedStore(
  file: string,
  servers: number,
  perServer: number,
  pool: readonly PoolArticle[],
): Promise<SeedReport> {
  await openSqliteStore({ file, quotas: DEFAULT_QUOTAS }).close();
  const started = performance.now();
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  const insertArticle = db.prepare(
    `INSERT INTO articles (guild_id, article_id, title, origin, media_type, canonical_url,
      content_hash, bytes, byte_length, article_json, analysis_json, added_by, added_at)
     VALUES (?, ?, ?, 'file', 'text/markdown', NULL, ?, ?, ?, ?, ?, 'bench-seed', ?)`,
  );
  const insertVersion = db.prepare("INSERT INTO libraries (guild_id, version) VALUES (?, ?)");
  let rows = 0;
  db.transaction(() => {
    for (let server = 0; server < servers; server++) {
      const guildId = guildIdOf(server);
      for (const [k, index] of poolIndicesOf(server, perServer, pool.length).entries()) {
        const article = pool[index];
        if (article === undefined) continue;
        insertArticle.run(
          guildId,
          article.articleId,
          article.title,
          article.contentHash,
          Buffer.from(article.bytes),
          article.bytes.length,
          article.articleJson,
          article.analysisJson,
          k,
        );
        rows++;
      }
      // The version is what a cached view is compared with; one add is one version.
      insertVersion.run(guildId, perServer);
    }
  })();
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  return { rows, ms: performance.now() - started };
}
