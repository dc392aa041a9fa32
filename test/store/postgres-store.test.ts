import { afterAll, beforeAll } from "vitest";
import { DEFAULT_QUOTAS } from "../../src/store/article-store.ts";
import { openPostgresStore } from "../../src/store/postgres-store.ts";
import type { RunningPostgres } from "../support/embedded-postgres.ts";
import { startPostgres } from "../support/embedded-postgres.ts";
import { describeStoreContract } from "./store-contract.ts";

let server: RunningPostgres | undefined;
const databases = new Map<string, Promise<string>>();

beforeAll(async () => {
  server = await startPostgres();
}, 60_000);
afterAll(async () => {
  await server?.stop();
}, 30_000);

describeStoreContract({
  open: async (name, quotas = DEFAULT_QUOTAS) => {
    if (server === undefined) throw new Error("PostgreSQL did not start");
    const running = server;
    // One database per test name: the same name reopens it, as a second process would.
    if (!databases.has(name)) databases.set(name, running.createDatabase(name));
    const url = await databases.get(name)!;
    return openPostgresStore({ url, quotas });
  },
});
