import { afterAll, beforeAll } from "vitest";
import { DEFAULT_QUOTAS } from "../../../src/store/article-store.ts";
import { openPostgresStore } from "../../../src/store/postgres-store.ts";
import type { RunningPostgres } from "../../support/embedded-postgres.ts";
import { startPostgres } from "../../support/embedded-postgres.ts";
import type { PageServer } from "../../fetch/page-server.ts";
import { sendHtml, startPageServer } from "../../fetch/page-server.ts";
import { describeLibraryContract, serveNewsPages } from "./library-contract.ts";

let server: RunningPostgres | undefined;
let pages: PageServer;
const databases = new Map<string, Promise<string>>();

beforeAll(async () => {
  pages = await startPageServer(
    Object.fromEntries(
      Object.entries(serveNewsPages()).map(([route, html]) => [route, sendHtml(html)]),
    ),
  );
  server = await startPostgres();
}, 60_000);
afterAll(async () => {
  await pages.close();
  await server?.stop();
}, 30_000);

describeLibraryContract({
  open: async (name, quotas = DEFAULT_QUOTAS) => {
    if (server === undefined) throw new Error("PostgreSQL did not start");
    const running = server;
    if (!databases.has(name)) databases.set(name, running.createDatabase(name.replace(/-/gu, "_")));
    return openPostgresStore({ url: await databases.get(name)!, quotas });
  },
  origin: () => pages.origin,
});
