/** The shared backend: PostgreSQL, for several processes or machines; changes pushed by NOTIFY. */
import pg from "pg";
import type {
  AddOptions,
  AddOutcome,
  ArticleStore,
  NewArticle,
  StoreQuotas,
} from "./article-store.ts";
import { chooseArticleId } from "./choose-article-id.ts";
import { migratePostgres } from "./postgres-migrate.ts";
import { createPostgresListener } from "./postgres-listener.ts";
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

export interface PostgresStoreOptions {
  readonly url: string;
  readonly quotas: StoreQuotas;
}

/** The NOTIFY channel; the payload is the server (guild) id whose library changed. */
export const CHANGE_CHANNEL = "roundtable_library";

export async function openPostgresStore(options: PostgresStoreOptions): Promise<ArticleStore> {
  const pool = new pg.Pool({ connectionString: options.url, max: 5 });
  // An idle client that loses its connection emits here; without a handler it would crash the bot.
  pool.on("error", () => undefined);
  await migratePostgres(pool);
  const listener = createPostgresListener(options.url, CHANGE_CHANNEL);

  const inTransaction = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const result = await work(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };

  return {
    backend: "postgres",
    add: (article, addOptions) =>
      inTransaction((client) => addInTransaction(client, article, addOptions, options.quotas)),
    remove: (guildId, articleId) =>
      inTransaction(async (client) => {
        await lockLibrary(client, guildId);
        const result = await client.query(
          "DELETE FROM articles WHERE guild_id = $1 AND article_id = $2",
          [guildId, articleId],
        );
        if (result.rowCount === 0) return false;
        await bumpVersion(client, guildId);
        return true;
      }),
    list: async (guildId, offset, limit) => {
      const rows = await pool.query<SummaryRow>(
        `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE guild_id = $1
         ORDER BY added_at DESC, article_id LIMIT $2 OFFSET $3`,
        [guildId, limit, offset],
      );
      const total = await pool.query<{ n: string }>(
        "SELECT COUNT(*) AS n FROM articles WHERE guild_id = $1",
        [guildId],
      );
      return { items: rows.rows.map(readSummary), total: Number(total.rows[0]?.n ?? 0) };
    },
    get: async (guildId, articleId) => {
      const result = await pool.query<ArticleRow>(
        `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE guild_id = $1 AND article_id = $2`,
        [guildId, articleId],
      );
      const row = result.rows[0];
      return row === undefined ? null : readArticle(row);
    },
    loadAll: async (guildId) => {
      const result = await pool.query<EntryRow>(
        `SELECT ${ENTRY_COLUMNS} FROM articles WHERE guild_id = $1 ORDER BY added_at, article_id`,
        [guildId],
      );
      return result.rows.map(readEntry);
    },
    readVersion: async (guildId) => {
      const result = await pool.query<{ version: string }>(
        "SELECT version FROM libraries WHERE guild_id = $1",
        [guildId],
      );
      return Number(result.rows[0]?.version ?? 0);
    },
    watch: (onChange) => listener.add(onChange),
    close: async () => {
      await listener.close();
      await pool.end();
    },
  };
}

async function addInTransaction(
  client: pg.PoolClient,
  article: NewArticle,
  options: AddOptions,
  quotas: StoreQuotas,
): Promise<AddOutcome> {
  // One add at a time per server, so two processes cannot both pass the quota check.
  await lockLibrary(client, article.guildId);
  const duplicate = await findDuplicate(client, article);
  if (duplicate !== null) return duplicate;
  const totals = await client.query<{ n: string; bytes: string }>(
    "SELECT COUNT(*) AS n, COALESCE(SUM(byte_length), 0) AS bytes FROM articles WHERE guild_id = $1",
    [article.guildId],
  );
  const adds = await client.query<{ n: string }>(
    "SELECT COUNT(*) AS n FROM add_log WHERE guild_id = $1 AND user_id = $2 AND added_at > $3",
    [article.guildId, article.addedBy, options.now - HOUR_MS],
  );
  const usage = {
    articleCount: Number(totals.rows[0]?.n ?? 0),
    byteCount: Number(totals.rows[0]?.bytes ?? 0),
    memberAddsLastHour: Number(adds.rows[0]?.n ?? 0),
  };
  const refusal = checkQuotas(usage, article.bytes.length, quotas);
  if (refusal !== null) return refusal;
  const taken = await client.query<{ article_id: string }>(
    "SELECT article_id FROM articles WHERE guild_id = $1 AND article_id LIKE $2",
    [article.guildId, `${article.preferredId.replace(/[\\%_]/gu, "\\$&")}%`],
  );
  const takenIds = new Set(taken.rows.map((row) => row.article_id));
  const articleId = chooseArticleId(
    article.preferredId,
    (id) => options.reservedIds.has(id) || takenIds.has(id),
  );
  const inserted = await client.query<SummaryRow>(
    `INSERT INTO articles (guild_id, article_id, title, origin, media_type, canonical_url,
      content_hash, bytes, byte_length, article_json, analysis_json, added_by, added_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     RETURNING ${SUMMARY_COLUMNS}`,
    [...newArticleValues(article, articleId, options.now)],
  );
  await client.query("INSERT INTO add_log (guild_id, user_id, added_at) VALUES ($1, $2, $3)", [
    article.guildId,
    article.addedBy,
    options.now,
  ]);
  const version = await bumpVersion(client, article.guildId);
  const row = inserted.rows[0];
  if (row === undefined) throw new Error("INSERT … RETURNING gave no row");
  return { kind: "added", article: readSummary(row), version };
}

async function lockLibrary(client: pg.PoolClient, guildId: string): Promise<void> {
  await client.query(
    "INSERT INTO libraries (guild_id, version) VALUES ($1, 0) ON CONFLICT (guild_id) DO NOTHING",
    [guildId],
  );
  await client.query("SELECT version FROM libraries WHERE guild_id = $1 FOR UPDATE", [guildId]);
}

async function findDuplicate(
  client: pg.PoolClient,
  article: NewArticle,
): Promise<AddOutcome | null> {
  if (article.canonicalUrl !== null) {
    const byUrl = await client.query<SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE guild_id = $1 AND canonical_url = $2`,
      [article.guildId, article.canonicalUrl],
    );
    const row = byUrl.rows[0];
    if (row !== undefined) return { kind: "duplicate", existing: readSummary(row), sameAs: "url" };
  }
  const byText = await client.query<SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE guild_id = $1 AND content_hash = $2`,
    [article.guildId, article.contentHash],
  );
  const row = byText.rows[0];
  return row === undefined
    ? null
    : { kind: "duplicate", existing: readSummary(row), sameAs: "text" };
}

// NOTIFY inside the transaction is delivered on commit, and not at all on rollback.
async function bumpVersion(client: pg.PoolClient, guildId: string): Promise<number> {
  const result = await client.query<{ version: string }>(
    "UPDATE libraries SET version = version + 1 WHERE guild_id = $1 RETURNING version",
    [guildId],
  );
  await client.query("SELECT pg_notify($1, $2)", [CHANGE_CHANNEL, guildId]);
  return Number(result.rows[0]?.version ?? 0);
}
