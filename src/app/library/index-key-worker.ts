/** A worker's body: computes the index key of one knowledge folder and posts it (see index-key-aside.ts). */
import { parentPort, workerData } from "node:worker_threads";
import { computeIndexKey } from "./prebuilt-index-key.ts";

const { knowledgeDir } = workerData as { readonly knowledgeDir: string };
computeIndexKey(knowledgeDir).then(
  (key) => parentPort?.postMessage({ key }),
  (error: unknown) => parentPort?.postMessage({ error: String(error) }),
);
