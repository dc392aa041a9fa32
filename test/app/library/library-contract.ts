/**
 * The per-server library, against a real store (SQLite or PostgreSQL): adds from a URL served on
 * 127.0.0.1, an .html file and pasted text; answerable by /who and /quote in that server only.
 */
import { describe, expect, it } from "vitest";
import { buildKnowledgeBase } from "../../../src/knowledge-base/build-knowledge-base.ts";
import type { KnowledgeBase } from "../../../src/knowledge-base/knowledge-base.ts";
import { analyzeArticle } from "../../../src/extract/analyze-article.ts";
import { ingestArticle } from "../../../src/ingest/ingest-article.ts";
import type { ArticleStore, StoreQuotas } from "../../../src/store/article-store.ts";
import type { ServerLibraries } from "../../../src/app/library/server-libraries.ts";
import { createServerLibraries } from "../../../src/app/library/server-libraries.ts";
import { allItems, ask, itemText, runCommand } from "../../support/run-command.ts";
import { JSON_LD_HEAD, writeNewsPage } from "../../ingest/html/news-page.ts";

export interface LibraryBackend {
  readonly open: (name: string, quotas?: StoreQuotas) => Promise<ArticleStore>;
  /** A local page server's origin; its `/bridge` route serves the news page. */
  readonly origin: () => string;
}

const GUILD = "500000000000000001";
const OTHER_GUILD = "500000000000000002";
const MEMBER = "600000000000000001";

const BUNDLED_TEXT = `# Harbor ferry fares rise

By Sam Okafor

Published March 2, 2026

The harbor ferry will charge two dollars more from April, the port authority said on Monday.

"Nobody likes paying more," said port director Mina Sato. "But the boats are forty years old."
`;

export function bundledKnowledge(): KnowledgeBase {
  const article = ingestArticle("harbor-ferry.md", new TextEncoder().encode(BUNDLED_TEXT));
  if (!article.ok) throw new Error(article.error.message);
  return buildKnowledgeBase([{ article: article.value, analysis: analyzeArticle(article.value) }]);
}

export const PASTED = `Library hours extended

The city library will stay open until 10 p.m. on weekdays from next month, its director said on Tuesday.

"Students asked for quiet space in the evenings, and we listened," said library director Omar Haddad.

The change costs about forty thousand dollars a year, paid from the existing budget, officials said.`;

export function openLibraries(
  store: ArticleStore,
  overrides: { isSharedLibrary?: boolean; cacheBytes?: number; now?: () => number } = {},
): ServerLibraries {
  const bundled = bundledKnowledge();
  return createServerLibraries({
    store,
    bundled: () => bundled,
    isSharedLibrary: overrides.isSharedLibrary ?? true,
    cacheBytes: overrides.cacheBytes ?? 64 * 1024 * 1024,
    fetch: { isPrivateAllowed: true },
    now: overrides.now ?? (() => Date.now()),
  });
}

async function whoSays(kb: KnowledgeBase, name: string): Promise<string> {
  const answer = await ask(kb, "who", { name });
  return allItems(answer).map(itemText).join("\n");
}

export function describeLibraryContract(backend: LibraryBackend): void {
  describe("server libraries", () => {
    it("adds a URL, an .html file and pasted text, each answerable by /who and /quote in that server", async () => {
      const libraries = openLibraries(await backend.open("adds"));
      const fromUrl = await libraries.add(GUILD, MEMBER, {
        kind: "url",
        url: `${backend.origin()}/bridge`,
      });
      expect(fromUrl.kind).toBe("added");
      const fromFile = await libraries.add(GUILD, MEMBER, {
        kind: "file",
        fileName: "ferry-strike.html",
        url: `${backend.origin()}/strike.html`,
      });
      expect(fromFile.kind).toBe("added");
      const fromText = await libraries.add(GUILD, MEMBER, { kind: "text", text: PASTED });
      expect(fromText.kind).toBe("added");
      const kb = await libraries.knowledgeFor(GUILD);
      expect(await whoSays(kb, "Lena Ortiz")).toMatch(/glad to have it back/u);
      expect(await whoSays(kb, "Omar Haddad")).toMatch(/quiet space/u);
      expect(await whoSays(kb, "Mina Sato")).toMatch(/paying more/u);
      const quote = await ask(kb, "quote", { speaker: "Omar Haddad" });
      expect(allItems(quote).map(itemText).join(" ")).toMatch(/quiet space/u);
      libraries.close();
    });

    it("keeps one server's articles out of another server and out of DMs, by search, name and id", async () => {
      const libraries = openLibraries(await backend.open("isolation"));
      const added = await libraries.add(GUILD, MEMBER, { kind: "text", text: PASTED });
      if (added.kind !== "added") throw new Error(added.kind);
      const id = added.entry.article.id;
      for (const guildId of [OTHER_GUILD, null]) {
        const kb = await libraries.knowledgeFor(guildId);
        expect(kb.byId.has(id)).toBe(false);
        expect(
          kb.quotes.search("quiet space evenings").map((hit) => hit.item.articleId),
        ).not.toContain(id);
        const typedId = await runCommand(kb, "summary", { article: id });
        expect(JSON.stringify(typedId)).not.toMatch(/quiet space/u);
        const choices = await runCommand(kb, "who", { name: "Haddad" }, "name");
        expect(JSON.stringify(choices)).not.toMatch(/Haddad/u);
        // The bundled library is still there.
        expect(kb.byId.has("harbor-ferry")).toBe(true);
      }
      libraries.close();
    });

    it("shows the bundled library to servers only when it is shared; DMs always see it", async () => {
      const libraries = openLibraries(await backend.open("unshared"), { isSharedLibrary: false });
      expect((await libraries.knowledgeFor(GUILD)).byId.has("harbor-ferry")).toBe(false);
      expect((await libraries.knowledgeFor(null)).byId.has("harbor-ferry")).toBe(true);
      libraries.close();
    });

    it("says when an article is already in the library, by URL or by text", async () => {
      const libraries = openLibraries(await backend.open("duplicates"));
      await libraries.add(GUILD, MEMBER, { kind: "url", url: `${backend.origin()}/bridge` });
      const again = await libraries.add(GUILD, MEMBER, {
        kind: "url",
        url: `${backend.origin()}/bridge?utm_source=chat`,
      });
      expect(again).toMatchObject({ kind: "duplicate", sameAs: "url" });
      await libraries.add(GUILD, MEMBER, { kind: "text", text: PASTED });
      const pastedAgain = await libraries.add(GUILD, MEMBER, {
        kind: "text",
        text: `${PASTED}\n\n`,
      });
      expect(pastedAgain).toMatchObject({ kind: "duplicate", sameAs: "text" });
      libraries.close();
    });

    it("removes an article cleanly: gone from search and by id", async () => {
      const libraries = openLibraries(await backend.open("remove"));
      const added = await libraries.add(GUILD, MEMBER, { kind: "text", text: PASTED });
      if (added.kind !== "added") throw new Error(added.kind);
      expect((await libraries.knowledgeFor(GUILD)).byId.has(added.entry.article.id)).toBe(true);
      expect(await libraries.remove(OTHER_GUILD, added.entry.article.id)).toBe(false);
      expect(await libraries.remove(GUILD, added.entry.article.id)).toBe(true);
      const kb = await libraries.knowledgeFor(GUILD);
      expect(kb.byId.has(added.entry.article.id)).toBe(false);
      expect(kb.quotes.search("quiet space").length).toBe(0);
      libraries.close();
    });

    it("survives a restart: a new process over the same database answers at once", async () => {
      const first = openLibraries(await backend.open("restart"));
      await first.add(GUILD, MEMBER, { kind: "text", text: PASTED });
      first.close();
      const second = openLibraries(await backend.open("restart"));
      expect(await whoSays(await second.knowledgeFor(GUILD), "Omar Haddad")).toMatch(
        /quiet space/u,
      );
      second.close();
    });

    it("shows another process's add and removal within 2 seconds", async () => {
      const writer = openLibraries(await backend.open("two-processes"));
      const reader = openLibraries(await backend.open("two-processes"));
      expect((await reader.knowledgeFor(GUILD)).entries).toHaveLength(1);
      const added = await writer.add(GUILD, MEMBER, { kind: "text", text: PASTED });
      if (added.kind !== "added") throw new Error(added.kind);
      const id = added.entry.article.id;
      await expect
        .poll(async () => (await reader.knowledgeFor(GUILD)).byId.has(id), {
          timeout: 2000,
          interval: 50,
        })
        .toBe(true);
      await writer.remove(GUILD, id);
      await expect
        .poll(async () => (await reader.knowledgeFor(GUILD)).byId.has(id), {
          timeout: 2000,
          interval: 50,
        })
        .toBe(false);
      writer.close();
      reader.close();
    });

    it("refuses with one clear line: a quota, a private address, a paywall", async () => {
      const quotas = {
        maxArticlesPerServer: 500,
        maxBytesPerServer: 50 * 1024 * 1024,
        maxAddsPerMemberPerHour: 1,
      };
      const libraries = createServerLibraries({
        store: await backend.open("refusals", quotas),
        bundled: bundledKnowledge,
        isSharedLibrary: true,
        cacheBytes: 1024 * 1024,
        fetch: { isPrivateAllowed: false },
        now: () => Date.now(),
      });
      const refused = await libraries.add(GUILD, MEMBER, {
        kind: "url",
        url: `${backend.origin()}/bridge`,
      });
      expect(refused).toMatchObject({ kind: "refused" });
      expect(refused.kind === "refused" && refused.message).toMatch(
        /^Refused address: 127\.0\.0\.1 is a loopback address/u,
      );
      await libraries.add(GUILD, MEMBER, { kind: "text", text: PASTED });
      const second = await libraries.add(GUILD, MEMBER, {
        kind: "text",
        text: PASTED.replace("Tuesday", "Wednesday"),
      });
      expect(second).toMatchObject({ kind: "quota", code: "member-rate" });
      libraries.close();
    });

    it("drops the least recently used server views under the memory cap and rebuilds them", async () => {
      const libraries = openLibraries(await backend.open("eviction"), { cacheBytes: 8000 });
      const guilds = ["500000000000000011", "500000000000000012", "500000000000000013"];
      for (const guildId of guilds)
        await libraries.add(guildId, MEMBER, { kind: "text", text: PASTED });
      for (const guildId of guilds) await libraries.knowledgeFor(guildId);
      expect(libraries.cachedCount()).toBeLessThan(3);
      expect(await whoSays(await libraries.knowledgeFor(guilds[0]!), "Omar Haddad")).toMatch(
        /quiet space/u,
      );
      libraries.close();
    });
  });
}

export function serveNewsPages(): Record<string, string> {
  return {
    "/bridge": writeNewsPage({ head: JSON_LD_HEAD }),
    "/strike.html": writeNewsPage({
      paragraphs: [
        "Ferry crews walked off the job on Saturday morning, stranding hundreds of commuters on the island side of the harbor, the operator said.",
        "“We gave notice three times and heard nothing back,” said union steward Carla Mendes, speaking outside the terminal. “Today they hear us.”",
        "The operator said talks would resume on Monday and that a reduced timetable would run in the meantime, using managers as crew.",
        "Commuters waited in long lines for the few boats that did sail, and some said they would work from home until the strike ends.",
      ],
    }),
  };
}
