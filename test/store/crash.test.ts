/**
 * Nothing is half-written: a process killed (SIGKILL) while adding leaves every article either
 * whole or absent, on both backends. Each add bumps the server's version in the same
 * transaction, so version = article count proves no add was split.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_QUOTAS } from "../../src/store/article-store.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { RunningPostgres } from "../support/embedded-postgres.ts";
import { startPostgres } from "../support/embedded-postgres.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const GUILD = "700000000000000001";
let folder = "";
let postgres: RunningPostgres | undefined;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "roundtable-crash-"));
  postgres = await startPostgres();
}, 60_000);
afterAll(async () => {
  await postgres?.stop();
  await rm(folder, { recursive: true, force: true });
}, 30_000);

/** Starts the adder, waits for `afterAdds` confirmed adds, kills it mid-add; returns how many it confirmed. */
function killDuringAdds(target: string, afterAdds: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "test/store/add-forever.ts", target],
      {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let confirmed = 0;
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on("data", (chunk: Buffer) => {
      confirmed = Math.max(
        confirmed,
        ...Array.from(chunk.toString().matchAll(/added (\d+)/gu), (m) => Number(m[1])),
      );
      // A few milliseconds into the next add: inside its transaction or just before it.
      if (confirmed >= afterAdds) setTimeout(() => child.kill("SIGKILL"), 3);
    });
    child.once("exit", (_code, signal) =>
      signal === "SIGKILL" ? resolve(confirmed) : reject(new Error(errors)),
    );
  });
}

async function checkWhole(target: string, confirmed: number): Promise<void> {
  const store = await openStore({
    databaseUrl: target.startsWith("postgres://") ? target : null,
    dataDir: target,
    quotas: DEFAULT_QUOTAS,
  });
  const articles = await store.loadAll(GUILD);
  // Every confirmed add is there; at most the one in flight more.
  expect(articles.length).toBeGreaterThanOrEqual(confirmed);
  expect(articles.length).toBeLessThanOrEqual(confirmed + 1);
  expect(await store.readVersion(GUILD)).toBe(articles.length);
  for (const article of articles) {
    const whole = await store.get(GUILD, article.articleId);
    expect(article.byteLength).toBe(whole?.bytes.length);
    expect(article.article).toMatchObject({ id: article.articleId });
  }
  await store.close();
}

describe("a process killed mid-add", () => {
  it("leaves SQLite with whole articles only", async () => {
    const confirmed = await killDuringAdds(folder, 5);
    await checkWhole(folder, confirmed);
    const db = new Database(path.join(folder, "library.sqlite"), { readonly: true });
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    db.close();
  }, 60_000);

  it("leaves PostgreSQL with whole articles only", async () => {
    if (postgres === undefined) throw new Error("PostgreSQL did not start");
    const url = await postgres.createDatabase("crash");
    const confirmed = await killDuringAdds(url, 5);
    await checkWhole(url, confirmed);
  }, 60_000);
});
