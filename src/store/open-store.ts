/** Picks the backend: PostgreSQL when DATABASE_URL names one, otherwise a SQLite file. */
import path from "node:path";
import type { ArticleStore, StoreQuotas } from "./article-store.ts";
import { openPostgresStore } from "./postgres-store.ts";
import { openSqliteStore } from "./sqlite-store.ts";

export interface StoreSettings {
  /** postgres://… or null for SQLite. */
  readonly databaseUrl: string | null;
  /** Folder of the SQLite file (`library.sqlite`). */
  readonly dataDir: string;
  readonly quotas: StoreQuotas;
}

export const SQLITE_FILE_NAME = "library.sqlite";

export async function openStore(settings: StoreSettings): Promise<ArticleStore> {
  if (settings.databaseUrl !== null) {
    return openPostgresStore({ url: settings.databaseUrl, quotas: settings.quotas });
  }
  return openSqliteStore({
    file: path.join(settings.dataDir, SQLITE_FILE_NAME),
    quotas: settings.quotas,
  });
}
