/**
 * One schema for both backends, as numbered migrations run at start-up. Only the column type of
 * the original bytes differs between the dialects (BLOB / BYTEA); timestamps are epoch
 * milliseconds in both, so the two stores read back the same values.
 */

export type Dialect = "sqlite" | "postgres";

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: (dialect: Dialect) => readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "articles, library versions and the add log",
    statements: (dialect) => [
      `CREATE TABLE libraries (
        guild_id TEXT PRIMARY KEY,
        version BIGINT NOT NULL
      )`,
      `CREATE TABLE articles (
        guild_id TEXT NOT NULL,
        article_id TEXT NOT NULL,
        title TEXT NOT NULL,
        origin TEXT NOT NULL,
        media_type TEXT NOT NULL,
        canonical_url TEXT,
        content_hash TEXT NOT NULL,
        bytes ${dialect === "sqlite" ? "BLOB" : "BYTEA"} NOT NULL,
        byte_length BIGINT NOT NULL,
        article_json TEXT NOT NULL,
        analysis_json TEXT NOT NULL,
        added_by TEXT NOT NULL,
        added_at BIGINT NOT NULL,
        PRIMARY KEY (guild_id, article_id)
      )`,
      // Both engines treat NULLs as distinct, so only real URLs collide.
      `CREATE UNIQUE INDEX articles_by_url ON articles (guild_id, canonical_url)`,
      `CREATE UNIQUE INDEX articles_by_hash ON articles (guild_id, content_hash)`,
      `CREATE INDEX articles_newest ON articles (guild_id, added_at)`,
      // Adds are logged apart from articles: removing an article does not give back an add.
      `CREATE TABLE add_log (
        guild_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        added_at BIGINT NOT NULL
      )`,
      `CREATE INDEX add_log_by_member ON add_log (guild_id, user_id, added_at)`,
    ],
  },
];

/** The bookkeeping table; created before anything else, outside the numbered list. */
export const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at BIGINT NOT NULL
)`;
