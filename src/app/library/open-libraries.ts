/**
 * Start-up wiring of the living library: the bundled knowledge (watched for changes), the store
 * (SQLite file or PostgreSQL), and each server's view over both.
 */
import type { Logger } from "pino";
import { openStore } from "../../store/open-store.ts";
import type { Config } from "../startup/config.ts";
import type { Library } from "./build-library.ts";
import { loadBundledKnowledge } from "./bundled-knowledge.ts";
import type { ServerLibraries } from "./server-libraries.ts";
import { createServerLibraries } from "./server-libraries.ts";

export interface OpenLibraries {
  /** The bundled library as loaded, with `knowledgeFor` answering per server. */
  readonly library: Library;
  readonly libraries: ServerLibraries;
  readonly close: () => Promise<void>;
}

/** How long start-up waits for the bundled articles before it serves those already read. */
export const STARTUP_READY_MS = 5000;

export async function openLibraries(config: Config, logger: Logger): Promise<OpenLibraries> {
  const settings = config.library;
  // The bundled watcher starts before the server views exist; it reaches them through this.
  const views: { current?: ServerLibraries } = {};
  // Start-up writes no index file: a stale prebuilt index is rebuilt in memory.
  const bundled = await loadBundledKnowledge(config.knowledgeDir, {
    isSavingIndex: false,
    // One slow article must not hold start-up: serve what is read by then, the rest when read.
    readyWithinMs: STARTUP_READY_MS,
    onRebuilt: (library) => {
      views.current?.forgetAll();
      logger.info(
        { articles: library.kb.entries.length, problems: library.problems.length },
        "bundled library rebuilt (knowledge folder changed, or every article now read)",
      );
    },
    onError: (error) =>
      logger.error({ err: error }, "knowledge folder changed but could not be rebuilt"),
  });
  const store = await openStore({
    databaseUrl: settings.databaseUrl,
    dataDir: settings.dataDir,
    quotas: {
      maxArticlesPerServer: settings.maxArticlesPerServer,
      maxBytesPerServer: settings.maxBytesPerServer,
      maxAddsPerMemberPerHour: settings.maxAddsPerMemberPerHour,
    },
  });
  logger.info({ backend: store.backend }, "library store open");
  const opened = createServerLibraries({
    store,
    bundled: bundled.current,
    isSharedLibrary: settings.isSharedLibrary,
    cacheBytes: settings.cacheBytes,
    fetch: { isPrivateAllowed: settings.isPrivateUrlAllowed },
    now: () => Date.now(),
    onBadArticle: (guildId, articleId, reason) =>
      logger.warn({ guildId, articleId, reason }, "stored article skipped"),
  });
  views.current = opened;
  return {
    library: { ...bundled.library(), knowledgeFor: opened.knowledgeFor },
    libraries: opened,
    close: async () => {
      bundled.stop();
      opened.close();
      await store.close();
    },
  };
}
