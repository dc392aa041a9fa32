import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CONSOLE_GUILD,
  createConsoleLibraryCommand,
} from "../../../src/app/library/console-library.ts";
import type { ServerLibraries } from "../../../src/app/library/server-libraries.ts";
import { buildKnowledgeBase } from "../../../src/knowledge-base/build-knowledge-base.ts";
import { DEFAULT_QUOTAS } from "../../../src/store/article-store.ts";
import type { ArticleStore } from "../../../src/store/article-store.ts";
import { openSqliteStore } from "../../../src/store/sqlite-store.ts";
import { JSON_LD_HEAD, writeNewsPage } from "../../ingest/html/news-page.ts";
import { allItems, itemText } from "../../support/run-command.ts";
import { openLibraries } from "./library-contract.ts";

let folder = "";
let store: ArticleStore;
let libraries: ServerLibraries;
const context = { kb: buildKnowledgeBase([]), commands: [] };

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "roundtable-console-library-"));
  await writeFile(path.join(folder, "bridge.html"), writeNewsPage({ head: JSON_LD_HEAD }));
  await writeFile(path.join(folder, "photo.png"), "not an article");
  store = openSqliteStore({ file: path.join(folder, "library.sqlite"), quotas: DEFAULT_QUOTAS });
  libraries = openLibraries(store);
});
afterAll(async () => {
  libraries.close();
  await store.close();
  await rm(folder, { recursive: true, force: true });
});

describe("/library in the console", () => {
  it("adds a file and says what was read: title, author, date, source, people with quote counts, dates", async () => {
    const command = createConsoleLibraryCommand(libraries);
    const answer = await command.handle(
      { action: "add", file: path.join(folder, "bridge.html") },
      context,
    );
    expect(answer.title).toBe("Added: Elm Street bridge reopens after eight months");
    expect(answer.intro.map((inline) => inline.text).join("")).toMatch(
      /^by Ana Ruiz · 2026-03-12 · Riverside Courier/u,
    );
    const lines = allItems(answer).map(itemText);
    expect(lines).toContain("Lena Ortiz — quoted 2 times");
    expect(lines).toContain("2026-03-12 — on Thursday");
    expect(
      (await libraries.knowledgeFor(CONSOLE_GUILD)).byId.has(
        "elm-street-bridge-reopens-after-eight-months",
      ),
    ).toBe(true);
  });

  it("lists, refuses a second copy, removes, and explains bad input in one line", async () => {
    const command = createConsoleLibraryCommand(libraries);
    const listed = await command.handle({ action: "list" }, context);
    expect(listed.title).toBe("This library: 1 article");
    await expect(
      command.handle({ action: "add", file: path.join(folder, "bridge.html") }, context),
    ).rejects.toThrow(/Already in the library as elm-street-bridge-reopens-after-eight-months/u);
    await expect(
      command.handle({ action: "add", file: path.join(folder, "photo.png") }, context),
    ).rejects.toThrow(/is not a \.txt, \.md or \.html file/u);
    await expect(command.handle({ action: "add" }, context)).rejects.toThrow(
      "Give one of file:PATH or url:URL.",
    );
    await expect(
      command.handle({ action: "remove", article: "fentanyl-ifs" }, context),
    ).rejects.toThrow(/no article "fentanyl-ifs"/u);
    const removed = await command.handle(
      { action: "remove", article: "elm-street-bridge-reopens-after-eight-months" },
      context,
    );
    expect(removed.title).toBe("Removed elm-street-bridge-reopens-after-eight-months");
    expect(
      (await libraries.knowledgeFor(CONSOLE_GUILD)).byId.has(
        "elm-street-bridge-reopens-after-eight-months",
      ),
    ).toBe(false);
  });
});
