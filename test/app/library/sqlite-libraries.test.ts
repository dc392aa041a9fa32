import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { DEFAULT_QUOTAS } from "../../../src/store/article-store.ts";
import { openSqliteStore } from "../../../src/store/sqlite-store.ts";
import type { PageServer } from "../../fetch/page-server.ts";
import { sendHtml, startPageServer } from "../../fetch/page-server.ts";
import { describeLibraryContract, serveNewsPages } from "./library-contract.ts";

let folder = "";
let pages: PageServer;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "roundtable-library-"));
  pages = await startPageServer(
    Object.fromEntries(
      Object.entries(serveNewsPages()).map(([route, html]) => [route, sendHtml(html)]),
    ),
  );
});
afterAll(async () => {
  await pages.close();
  await rm(folder, { recursive: true, force: true });
});

describeLibraryContract({
  open: async (name, quotas = DEFAULT_QUOTAS) =>
    openSqliteStore({ file: path.join(folder, `${name}.sqlite`), quotas, pollMs: 100 }),
  origin: () => pages.origin,
});
