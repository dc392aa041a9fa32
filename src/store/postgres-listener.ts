/**
 * One LISTEN connection per process, opened when the first watcher arrives. A lost connection
 * is opened again after a pause; meanwhile the per-request version check still sees changes.
 */
import pg from "pg";

const RECONNECT_MS = 1000;

export interface PostgresListener {
  /** Adds a watcher; returns the function that removes it. */
  readonly add: (onChange: (guildId: string) => void) => () => void;
  readonly close: () => Promise<void>;
}

export function createPostgresListener(url: string, channel: string): PostgresListener {
  const watchers = new Set<(guildId: string) => void>();
  let client: pg.Client | null = null;
  let isClosed = false;
  let retry: NodeJS.Timeout | null = null;

  const connect = async () => {
    if (isClosed || client !== null) return;
    const next = new pg.Client({ connectionString: url });
    client = next;
    next.on("notification", (message) => {
      if (message.channel !== channel || message.payload === undefined) return;
      for (const watcher of watchers) watcher(message.payload);
    });
    next.on("error", () => reconnect(next));
    next.on("end", () => reconnect(next));
    try {
      await next.connect();
      await next.query(`LISTEN ${channel}`);
    } catch {
      reconnect(next);
    }
  };
  const reconnect = (lost: pg.Client) => {
    if (client !== lost) return;
    client = null;
    void lost.end().catch(() => undefined);
    if (isClosed || watchers.size === 0 || retry !== null) return;
    retry = setTimeout(() => {
      retry = null;
      void connect();
    }, RECONNECT_MS);
    retry.unref();
  };

  return {
    add: (onChange) => {
      watchers.add(onChange);
      void connect();
      return () => watchers.delete(onChange);
    },
    close: async () => {
      isClosed = true;
      watchers.clear();
      if (retry !== null) clearTimeout(retry);
      const open = client;
      client = null;
      await open?.end().catch(() => undefined);
    },
  };
}
