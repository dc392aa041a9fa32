/** How a SQLite store notices commits by other processes: a cheap poll. */
import type Database from "better-sqlite3";

/**
 * `PRAGMA data_version` changes only when another connection commits, so most polls cost one
 * pragma; only then are the per-server versions compared to find which servers changed.
 */
export function createSqlitePoller(
  db: Database.Database,
  notify: (guildId: string) => void,
  pollMs: number,
) {
  let timer: NodeJS.Timeout | null = null;
  let dataVersion = -1;
  let versions = new Map<string, number>();
  const readAll = () =>
    new Map(
      (
        db.prepare("SELECT guild_id, version FROM libraries").all() as {
          guild_id: string;
          version: number;
        }[]
      ).map((row) => [row.guild_id, row.version]),
    );
  const poll = () => {
    if (!db.open) return;
    const current = db.pragma("data_version", { simple: true }) as number;
    if (current === dataVersion) return;
    dataVersion = current;
    const next = readAll();
    for (const [guildId, version] of next) if (versions.get(guildId) !== version) notify(guildId);
    for (const guildId of versions.keys()) if (!next.has(guildId)) notify(guildId);
    versions = next;
  };
  return {
    start: () => {
      if (timer !== null) return;
      dataVersion = db.pragma("data_version", { simple: true }) as number;
      versions = readAll();
      timer = setInterval(poll, pollMs);
      timer.unref();
    },
    stop: () => {
      if (timer !== null) clearInterval(timer);
      timer = null;
    },
  };
}
