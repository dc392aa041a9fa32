/** Runs the numbered migrations on a SQLite database, each once, in one transaction. */
import type Database from "better-sqlite3";
import { MIGRATIONS, MIGRATIONS_TABLE } from "./migrations.ts";

export function migrateSqlite(db: Database.Database): void {
  db.exec(MIGRATIONS_TABLE);
  const apply = db.transaction(() => {
    const applied = new Set(
      (db.prepare("SELECT version FROM schema_migrations").all() as { version: number }[]).map(
        (row) => row.version,
      ),
    );
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      for (const statement of migration.statements("sqlite")) db.exec(statement);
      db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(
        migration.version,
        migration.name,
        Date.now(),
      );
    }
  });
  apply.immediate();
}
