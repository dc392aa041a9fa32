/**
 * Each server's library: the bundled knowledge base (unless SHARED_LIBRARY=off) plus the
 * articles the server added, built when first asked for and rebuilt when the store changes.
 * DMs see the bundled library only.
 */
import { createHash } from "node:crypto";
import { buildKnowledgeBase } from "../../knowledge-base/build-knowledge-base.ts";
import type { ArticleEntry, KnowledgeBase } from "../../knowledge-base/knowledge-base.ts";
import { slugifyFileName } from "../../ingest/slugify-file-name.ts";
import type { Analysis } from "../../model/analysis.ts";
import type { Article } from "../../model/article.ts";
import type { AddOutcome, ArticlePage, ArticleStore } from "../../store/article-store.ts";
import type { FetchPageOptions } from "../../fetch/fetch-page.ts";
import { ok, type Result } from "../../model/result.ts";
import { analyzeArticleInPool } from "../extraction-pool/analyze-in-pool.ts";
import { createKnowledgeCache, estimateKnowledgeSize } from "./knowledge-cache.ts";
import { layerKnowledgeBases } from "./layered-knowledge-base.ts";
import type { ArticleSource } from "./read-source.ts";
import { readSource } from "./read-source.ts";
import { toArticleEntry } from "./stored-entry.ts";

export interface ServerLibrariesOptions {
  readonly store: ArticleStore;
  /** The bundled knowledge base now; it may change while running (knowledge/ edited). */
  readonly bundled: () => KnowledgeBase;
  readonly isSharedLibrary: boolean;
  readonly cacheBytes: number;
  readonly fetch: FetchPageOptions;
  /** The clock, in ms. */
  readonly now: () => number;
  /** A stored article that no longer reads as the model: logged by the caller, then skipped. */
  readonly onBadArticle?: (guildId: string, articleId: string, reason: string) => void;
  /**
   * Reads an added article's analysis. Default: the extraction pool's worker threads within
   * their time budget, so one hostile article added from Discord cannot stall every answer.
   */
  readonly analyze?: (article: Article) => Promise<Result<Analysis, string>>;
}

async function analyzeOffThread(article: Article): Promise<Result<Analysis, string>> {
  const result = await analyzeArticleInPool(article);
  return result.ok ? ok(result.value.analysis) : result;
}

export type AddResult =
  | { readonly kind: "refused"; readonly message: string }
  | Exclude<AddOutcome, { kind: "added" }>
  | {
      readonly kind: "added";
      readonly entry: ArticleEntry;
      readonly addedBy: string;
      readonly addedAt: number;
    };

export interface ServerLibraries {
  /** The knowledge base a request from `guildId` (null: a DM) answers from. */
  knowledgeFor(guildId: string | null): Promise<KnowledgeBase>;
  add(guildId: string, userId: string, source: ArticleSource): Promise<AddResult>;
  remove(guildId: string, articleId: string): Promise<boolean>;
  list(guildId: string, offset: number, limit: number): Promise<ArticlePage>;
  /** Drops every cached server view: the bundled library changed under them. */
  forgetAll(): void;
  readonly cachedCount: () => number;
  close(): void;
}

// A cached view is trusted this long before its version is compared with the store again, so
// a change made by another process shows within about this time even without a notice.
const VERSION_CHECK_MS = 1000;
const EMPTY_KNOWLEDGE = buildKnowledgeBase([]);

export function createServerLibraries(options: ServerLibrariesOptions): ServerLibraries {
  const { store } = options;
  const cache = createKnowledgeCache(options.cacheBytes);
  const building = new Map<string, Promise<KnowledgeBase>>();
  const stopWatching = store.watch((guildId) => {
    const entry = cache.get(guildId);
    if (entry !== undefined) entry.isStale = true;
  });
  const base = () => (options.isSharedLibrary ? options.bundled() : EMPTY_KNOWLEDGE);

  const rebuild = async (guildId: string, version: number): Promise<KnowledgeBase> => {
    const stored = await store.loadAll(guildId);
    const entries: ArticleEntry[] = [];
    for (const article of stored) {
      const entry = toArticleEntry(article);
      if (entry.ok) entries.push(entry.value);
      else options.onBadArticle?.(guildId, article.articleId, entry.error);
    }
    const own = buildKnowledgeBase(entries);
    const kb = layerKnowledgeBases(base(), own);
    cache.set(guildId, {
      kb,
      version,
      size: estimateKnowledgeSize(own),
      checkedAt: options.now(),
      isStale: false,
    });
    return kb;
  };

  const knowledgeForServer = async (guildId: string): Promise<KnowledgeBase> => {
    const cached = cache.get(guildId);
    const now = options.now();
    if (cached !== undefined && !cached.isStale && now - cached.checkedAt < VERSION_CHECK_MS)
      return cached.kb;
    const version = await store.readVersion(guildId);
    if (cached !== undefined && cached.version === version) {
      cached.checkedAt = now;
      cached.isStale = false;
      return cached.kb;
    }
    // Concurrent requests for one server share one rebuild.
    const pending =
      building.get(guildId) ?? rebuild(guildId, version).finally(() => building.delete(guildId));
    building.set(guildId, pending);
    return pending;
  };

  return {
    knowledgeFor: (guildId) =>
      guildId === null ? Promise.resolve(options.bundled()) : knowledgeForServer(guildId),
    add: async (guildId, userId, source) => {
      const read = await readSource(source, options.fetch);
      if (!read.ok) return { kind: "refused", message: read.error };
      const { article } = read.value;
      const analyzed = await (options.analyze ?? analyzeOffThread)(article);
      if (!analyzed.ok) return { kind: "refused", message: analyzed.error };
      const analysis = analyzed.value;
      const outcome = await store.add(
        {
          guildId,
          preferredId: slugifyFileName(article.title),
          title: article.title,
          origin: read.value.origin,
          mediaType: read.value.mediaType,
          canonicalUrl: read.value.canonicalUrl,
          contentHash: hashText(article),
          bytes: read.value.bytes,
          article,
          analysis,
          addedBy: userId,
        },
        { reservedIds: new Set(options.bundled().byId.keys()), now: options.now() },
      );
      if (outcome.kind !== "added") return outcome;
      cache.delete(guildId);
      const entry: { article: Article; analysis: Analysis } = {
        article: { ...article, id: outcome.article.articleId },
        analysis,
      };
      return { kind: "added", entry, addedBy: userId, addedAt: outcome.article.addedAt };
    },
    remove: async (guildId, articleId) => {
      const isRemoved = await store.remove(guildId, articleId);
      if (isRemoved) cache.delete(guildId);
      return isRemoved;
    },
    list: (guildId, offset, limit) => store.list(guildId, offset, limit),
    forgetAll: () => cache.clear(),
    cachedCount: () => cache.count(),
    close: stopWatching,
  };
}

/** The same words make the same hash, whatever page, markup or file they came in. */
function hashText(article: Article): string {
  const hash = createHash("sha256");
  for (const passage of article.passages)
    hash.update(`${passage.text.replace(/\s+/gu, " ").trim()}\n`);
  return hash.digest("hex");
}
