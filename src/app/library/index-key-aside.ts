/**
 * The index key of a large library, computed on another core while this one reads the prebuilt
 * index: hashing 40,000 articles (560 MB) takes a second, and reading a 2 GB index another two,
 * so doing them side by side is most of what keeps start-up near two seconds at a million
 * passages. A small library (or a worker that cannot start) computes the key here, as before.
 */
import { stat } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import { computeIndexKey } from "./prebuilt-index-key.ts";

/** From this size of prebuilt index, the key is computed in a worker. */
export const KEY_ASIDE_MIN_INDEX_BYTES = 256 * 1024 * 1024;

const BOOTSTRAP = new URL("../extraction-pool/worker-bootstrap.mjs", import.meta.url);
const ENTRY = new URL("./index-key-worker.ts", import.meta.url).href;

/** The key of `knowledgeDir`: in a worker when `indexFile` is large, else in this thread. */
export async function startIndexKey(knowledgeDir: string, indexFile: string): Promise<string> {
  const size = await stat(indexFile).then(
    (info) => info.size,
    () => 0,
  );
  return size >= KEY_ASIDE_MIN_INDEX_BYTES
    ? computeIndexKeyAside(knowledgeDir)
    : computeIndexKey(knowledgeDir);
}

/** The key of `knowledgeDir` from a worker; computed here if the worker fails. */
export function computeIndexKeyAside(knowledgeDir: string): Promise<string> {
  return computeKeyInWorker(knowledgeDir).catch(() => computeIndexKey(knowledgeDir));
}

/** The key of `knowledgeDir` from a worker thread; rejects if the worker fails. */
export function computeKeyInWorker(knowledgeDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOTSTRAP, { workerData: { entry: ENTRY, knowledgeDir } });
    worker.once("message", (message: { key?: unknown; error?: unknown }) => {
      if (typeof message.key === "string") resolve(message.key);
      else reject(new Error(String(message.error)));
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", () => reject(new Error("the key worker stopped")));
  });
}
