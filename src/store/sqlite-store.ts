/** The embedded backend: one SQLite file (WAL), safe for several processes on one machine. */
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type {
  AddOptions,
  AddOutcome,
  ArticlePage,
  ArticleStore,
  NewArticle,
  StoredArticle,
  StoreQuotas,
} from "./article-store.ts";
import { chooseArticleId } from "./choose-article-id.ts";
import { migrateSqlite } from "./sqlite-migrate.ts";
import { createSqlitePoller } from "./sqlite-poller.ts";
import { checkQuotas, HOUR_MS } from "./quota-check.ts";
import type { ArticleRow, EntryRow, SummaryRow } from "./stored-row.ts";
import {
  ARTICLE_COLUMNS,
  ENTRY_COLUMNS,
  newArticleValues,
  readArticle,
  readEntry,
  readSummary,
  SUMMARY_COLUMNS,
} from "./stored-row.ts";

export interface SqliteStoreOptions {
  readonly file: string;
  readonly quotas: StoreQuotas;
  /** How often `watch` looks for commits by other processes. */
  readonly pollMs?: number;
}

// Another process holding the write lock waits this long before an add gives up.
const BUSY_TIMEOUT_MS = 5000;
const DEFAULT_POLL_MS = 500;

export function openSqliteStore(options: SqliteStoreOptions): ArticleStore {
  mkdirSync(path.dirname(path.resolve(options.file)), { recursive: true });
  const db = new Database(options.file);
  db.pragma("journal_mode = WAL");
  // NORMAL loses no committed transaction on a process crash in WAL mode, only on power loss;
  // FULL makes "added" survive power loss too, which is what the reply promises.
  db.pragma("synchronous = FULL");
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  migrateSqlite(db);
  const listeners = new Set<(guildId: string) => void>();
  const notify = (guildId: string) => listeners.forEach((listener) => listener(guildId));
  const poller = createSqlitePoller(db, notify, options.pollMs ?? DEFAULT_POLL_MS);

  const add = db.transaction((article: NewArticle, addOptions: AddOptions): AddOutcome => {
    const duplicate = findDuplicate(db, article);
    if (duplicate !== null) return duplicate;
    const refusal = checkQuotas(
      readUsage(db, article, addOptions.now),
      article.bytes.length,
      options.quotas,
    );
    if (refusal !== null) return refusal;
    const isTaken = db.prepare("SELECT 1 FROM articles WHERE guild_id = ? AND article_id = ?");
    const articleId = chooseArticleId(
      article.preferredId,
      (id) => addOptions.reservedIds.has(id) || isTaken.get(article.guildId, id) !== undefined,
    );
    db.prepare(
      `INSERT INTO articles (guild_id, article_id, title, origin, media_type, canonical_url,
        content_hash, bytes, byte_length, article_json, analysis_json, added_by, added_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(...newArticleValues(article, articleId, addOptions.now));
    db.prepare("INSERT INTO add_log (guild_id, user_id, added_at) VALUES (?, ?, ?)").run(
      article.guildId,
      article.addedBy,
      addOptions.now,
    );
    const version = bumpVersion(db, article.guildId);
    const row = db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles WHERE guild_id = ? AND article_id = ?`)
      .get(article.guildId, articleId) as SummaryRow;
    return { kind: "added", article: readSummary(row), version };
  });

  const remove = db.transaction((guildId: string, articleId: string): boolean => {
    const result = db
      .prepare("DELETE FROM articles WHERE guild_id = ? AND article_id = ?")
      .run(guildId, articleId);
    if (result.changes === 0) return false;
    bumpVersion(db, guildId);
    return true;
  });

  return {
    backend: "sqlite",
    add: async (article, addOptions) => {
      // IMMEDIATE takes the write lock first, so two processes cannot both pass the quota check.
      const outcome = add.immediate(article, addOptions);
      if (outcome.kind === "added") notify(article.guildId);
      return outcome;
    },
    remove: async (guildId, articleId) => {
      const isRemoved = remove.immediate(guildId, articleId);
      if (isRemoved) notify(guildId);
      return isRemoved;
    },
    list: async (guildId, offset, limit): Promise<ArticlePage> => {
      const rows = db
        .prepare(
          `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE guild_id = ?
           ORDER BY added_at DESC, article_id LIMIT ? OFFSET ?`,
        )
        .all(guildId, limit, offset) as SummaryRow[];
      const total = db
        .prepare("SELECT COUNT(*) AS n FROM articles WHERE guild_id = ?")
        .get(guildId) as {
        n: number;
      };
      return { items: rows.map(readSummary), total: total.n };
    },
    get: async (guildId, articleId): Promise<StoredArticle | null> => {
      const row = db
        .prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE guild_id = ? AND article_id = ?`)
        .get(guildId, articleId) as ArticleRow | undefined;
      return row === undefined ? null : readArticle(row);
    },
    loadAll: async (guildId) => {
      const rows = db
        .prepare(
          `SELECT ${ENTRY_COLUMNS} FROM articles WHERE guild_id = ? ORDER BY added_at, article_id`,
        )
        .all(guildId) as EntryRow[];
      return rows.map(readEntry);
    },
    readVersion: async (guildId) => readVersion(db, guildId),
    watch: (listener) => {
      listeners.add(listener);
      poller.start();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) poller.stop();
      };
    },
    close: async () => {
      poller.stop();
      listeners.clear();
      db.close();
    },
  };
}

function findDuplicate(db: Database.Database, article: NewArticle): AddOutcome | null {
  if (article.canonicalUrl !== null) {
    const byUrl = db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles WHERE guild_id = ? AND canonical_url = ?`)
      .get(article.guildId, article.canonicalUrl) as SummaryRow | undefined;
    if (byUrl !== undefined)
      return { kind: "duplicate", existing: readSummary(byUrl), sameAs: "url" };
  }
  const byText = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles WHERE guild_id = ? AND content_hash = ?`)
    .get(article.guildId, article.contentHash) as SummaryRow | undefined;
  return byText === undefined
    ? null
    : { kind: "duplicate", existing: readSummary(byText), sameAs: "text" };
}

function readUsage(db: Database.Database, article: NewArticle, now: number) {
  const totals = db
    .prepare(
      "SELECT COUNT(*) AS n, COALESCE(SUM(byte_length), 0) AS bytes FROM articles WHERE guild_id = ?",
    )
    .get(article.guildId) as { n: number; bytes: number };
  const adds = db
    .prepare(
      "SELECT COUNT(*) AS n FROM add_log WHERE guild_id = ? AND user_id = ? AND added_at > ?",
    )
    .get(article.guildId, article.addedBy, now - HOUR_MS) as { n: number };
  return { articleCount: totals.n, byteCount: totals.bytes, memberAddsLastHour: adds.n };
}

function bumpVersion(db: Database.Database, guildId: string): number {
  const row = db
    .prepare(
      `INSERT INTO libraries (guild_id, version) VALUES (?, 1)
       ON CONFLICT (guild_id) DO UPDATE SET version = version + 1 RETURNING version`,
    )
    .get(guildId) as { version: number };
  return row.version;
}

function readVersion(db: Database.Database, guildId: string): number {
  const row = db.prepare("SELECT version FROM libraries WHERE guild_id = ?").get(guildId) as
    { version: number } | undefined;
  return row?.version ?? 0;
}
