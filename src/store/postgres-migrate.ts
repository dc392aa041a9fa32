/** Runs the numbered migrations on PostgreSQL, each once, even when processes start together. */
import type pg from "pg";
import { MIGRATIONS, MIGRATIONS_TABLE } from "./migrations.ts";

// Any constant shared by every process of this bot: the lock that serialises migrations.
const MIGRATION_LOCK_KEY = 7_202_611;

export async function migratePostgres(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(MIGRATIONS_TABLE);
    const applied = await client.query<{ version: number }>(
      "SELECT version FROM schema_migrations",
    );
    const done = new Set(applied.rows.map((row) => row.version));
    for (const migration of MIGRATIONS) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.statements("postgres")) await client.query(statement);
      await client.query(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
        [migration.version, migration.name, Date.now()],
      );
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
