/**
 * An article added from Discord is read in the extraction pool within its budget: one that takes
 * too long is refused in one line and nothing is stored, and the server keeps answering.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closeExtractionPool,
  configureExtractionPool,
} from "../../../src/app/extraction-pool/analyze-in-pool.ts";
import type { ServerLibraries } from "../../../src/app/library/server-libraries.ts";
import { DEFAULT_QUOTAS, type ArticleStore } from "../../../src/store/article-store.ts";
import { openSqliteStore } from "../../../src/store/sqlite-store.ts";
import { openLibraries, PASTED } from "./library-contract.ts";

const GUILD = "700000000000000011";
const MEMBER = "800000000000000011";
let folder = "";
let store: ArticleStore;
let libraries: ServerLibraries;

beforeAll(async () => {
  // A budget no real article needs less than: the pool must refuse, not the main thread stall.
  configureExtractionPool({ budgetMs: 100 });
  folder = await mkdtemp(path.join(tmpdir(), "roundtable-add-budget-"));
  store = openSqliteStore({ file: path.join(folder, "l.sqlite"), quotas: DEFAULT_QUOTAS });
  libraries = openLibraries(store);
});

afterAll(async () => {
  await closeExtractionPool();
  await store.close();
  await rm(folder, { recursive: true, force: true });
});

describe("adding an article that takes too long to read", () => {
  it("is refused with the budget named, and nothing is stored", async () => {
    const heavy = `${PASTED}\n\n${"Ana Ruiz said on Monday that the plan works. ".repeat(20_000)}`;
    const outcome = await libraries.add(GUILD, MEMBER, { kind: "text", text: heavy });
    expect(outcome.kind).toBe("refused");
    if (outcome.kind === "refused") expect(outcome.message).toMatch(/too complex to read/u);
    expect((await libraries.list(GUILD, 0, 10)).total).toBe(0);
  });
});
