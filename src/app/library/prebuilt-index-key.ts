/**
 * The key a prebuilt index is saved under: a hash of the knowledge files (names and bytes) and of
 * the code that turns them into a knowledge base. Any change to either makes a saved index stale.
 * Every article is read through the same guards as the loader: a file that cannot be read, that
 * vanished or is too large is named in the key with its reason (the loader skips it too), and
 * never stops start-up.
 */
import { createHash, type Hash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { MAX_ARTICLE_BYTES } from "../../ingest/decode-article-bytes.ts";
import { readRegularFileSync } from "./prebuilt-index.ts";
import { INDEX_FORMAT_VERSION } from "./prebuilt-index-format.ts";

const SOURCE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
/** The code whose output the file holds: a change in any of these folders rebuilds. */
const CODE_FOLDERS = ["model", "ingest", "extract", "knowledge-base"];
/** The files of src/app/library that write and read the index itself. */
const CODE_FILES = [
  "app/library/prebuilt-index.ts",
  "app/library/prebuilt-index-decode.ts",
  "app/library/prebuilt-index-format.ts",
  "app/library/prebuilt-entry-sections.ts",
  "app/library/lazy-columns.ts",
  "app/library/lazy-documents.ts",
  "app/library/lazy-entries.ts",
  "app/library/byte-source.ts",
];
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
  const folders = await Promise.all(
    CODE_FOLDERS.map((folder) => listFiles(path.join(SOURCE_ROOT, folder))),
  );
  for (const file of [
    ...folders.flat(),
    ...CODE_FILES.map((name) => path.join(SOURCE_ROOT, name)),
  ]) {
    hash.update(`\0${path.relative(SOURCE_ROOT, file)}\0`);
    hash.update(await readFile(file).catch(() => Buffer.from("\0missing")));
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
    // Sized to the file, not to the limit, and synchronous: a library of 40,000 articles is
    // hashed at each start, and five asynchronous file calls per article cost seconds of CPU.
    const bytes = readRegularFileSync(path.join(knowledgeDir, name), MAX_ARTICLE_BYTES);
    // A file the loader cannot read is skipped there too: its name and reason make the key.
    if (!bytes.ok) {
      hash.update(`\0${name}\0unread: ${bytes.error}`);
      continue;
    }
    hash.update(`\0${name}\0${bytes.value.length}\0`);
    hash.update(bytes.value);
  }
}

/** The key for the knowledge in `knowledgeDir` as the current code reads it. */
export async function computeIndexKey(knowledgeDir: string): Promise<string> {
  const hash = createHash("sha256");
  await updateWithCode(hash);
  await updateWithKnowledge(hash, knowledgeDir);
  return hash.digest("hex");
}
