/**
 * Picks up changes to the operator's knowledge/ folder while running: a file added, edited or
 * removed. A cheap poll of names, sizes and modification times (fs.watch misses events on some
 * file systems and in containers); on a change the library is built again, from the prebuilt
 * index when that still matches.
 */
import { lstat, readdir } from "node:fs/promises";
import path from "node:path";

const ARTICLE_EXTENSION = /\.(?:txt|md)$/iu;
export const KNOWLEDGE_POLL_MS = 2000;

/** Names, sizes and modification times of the article files, as one string. */
export async function readFolderSignature(dir: string): Promise<string> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => ARTICLE_EXTENSION.test(name)).sort();
  } catch {
    return "no folder";
  }
  const parts = await Promise.all(
    names.map(async (name) => {
      const info = await lstat(path.join(dir, name)).catch(() => null);
      return info === null ? `${name}:gone` : `${name}:${info.size}:${info.mtimeMs}`;
    }),
  );
  return parts.join("\n");
}

export interface KnowledgeWatch {
  readonly stop: () => void;
}

/**
 * Calls `onChange` (awaited, never two at once) when the folder's signature changes. A change
 * that lands while `onChange` runs is seen by the next poll.
 */
export async function watchKnowledge(
  dir: string,
  onChange: () => Promise<void>,
  pollMs = KNOWLEDGE_POLL_MS,
): Promise<KnowledgeWatch> {
  let signature = await readFolderSignature(dir);
  let isBusy = false;
  const timer = setInterval(() => {
    if (isBusy) return;
    isBusy = true;
    void (async () => {
      const next = await readFolderSignature(dir);
      if (next !== signature) {
        signature = next;
        await onChange();
      }
    })().finally(() => {
      isBusy = false;
    });
  }, pollMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
