/**
 * The key a prebuilt index is saved under: a hash of the knowledge files (names and bytes) and of
 * the code that turns them into a knowledge base. Any change to either makes a saved index stale.
 */
import { createHash, type Hash } from "node:crypto";
import { lstat, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Bump when the saved layout or its meaning changes without a change to the hashed sources. */
export const INDEX_FORMAT_VERSION = 1;

const SOURCE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** The code whose output the file holds: a change in any of these folders rebuilds. */
const CODE_FOLDERS = ["model", "ingest", "extract", "knowledge-base"];
const ARTICLE_EXTENSION = /\.(?:txt|md)$/i;

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

async function updateWithCode(hash: Hash): Promise<void> {
  const manifest = JSON.parse(
    await readFile(path.join(SOURCE_ROOT, "..", "package.json"), "utf8"),
  ) as { version?: unknown; dependencies?: unknown };
  hash.update(`format ${INDEX_FORMAT_VERSION}\0version ${String(manifest.version)}\0`);
  hash.update(JSON.stringify(manifest.dependencies ?? {}));
  for (const folder of CODE_FOLDERS) {
    for (const file of await listFiles(path.join(SOURCE_ROOT, folder))) {
      hash.update(`\0${path.relative(SOURCE_ROOT, file)}\0`);
      hash.update(await readFile(file));
    }
  }
}

async function updateWithKnowledge(hash: Hash, knowledgeDir: string): Promise<void> {
  let names: string[];
  try {
    names = (await readdir(knowledgeDir)).filter((name) => ARTICLE_EXTENSION.test(name)).sort();
  } catch {
    hash.update("\0no knowledge folder");
    return;
  }
  for (const name of names) {
    const file = path.join(knowledgeDir, name);
    const info = await lstat(file).catch(() => null);
    // Links and folders are never read as articles (load-knowledge skips them): name them only.
    if (info === null || !info.isFile()) {
      hash.update(`\0${name}\0not a file`);
      continue;
    }
    const bytes = await readFile(file);
    hash.update(`\0${name}\0${bytes.length}\0`);
    hash.update(bytes);
  }
}

/** The key for the knowledge in `knowledgeDir` as the current code reads it. */
export async function computeIndexKey(knowledgeDir: string): Promise<string> {
  const hash = createHash("sha256");
  await updateWithCode(hash);
  await updateWithKnowledge(hash, knowledgeDir);
  return hash.digest("hex");
}
