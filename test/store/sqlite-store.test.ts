import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { DEFAULT_QUOTAS } from "../../src/store/article-store.ts";
import { openSqliteStore } from "../../src/store/sqlite-store.ts";
import { describeStoreContract } from "./store-contract.ts";

let folder = "";
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "roundtable-sqlite-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describeStoreContract({
  open: async (name, quotas = DEFAULT_QUOTAS) =>
    openSqliteStore({ file: path.join(folder, `${name}.sqlite`), quotas, pollMs: 100 }),
});
