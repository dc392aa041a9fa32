/**
 * Reads and writes the prebuilt index file (layout in prebuilt-index-format.ts). Reading goes
 * through a guarded reader: the path must be a regular file (not a link, FIFO or device), its
 * size is checked before anything is read, and no more than that size is read, so a FIFO cannot
 * hang start-up and a link to /dev/zero cannot fill memory. Nothing read is trusted: a stale or
 * corrupt file is reported and never used.
 */
import { constants as bufferConstants } from "node:buffer";
import { constants } from "node:fs";
import { lstat, mkdir, open, rename, rm, type FileHandle } from "node:fs/promises";
import path from "node:path";
import type { ArticleEntry, KnowledgeBase } from "../knowledge-base/knowledge-base.ts";
import {
  importKnowledgeBase,
  parseArticleEntry,
} from "../knowledge-base/restore-knowledge-base.ts";
import type { Result } from "../model/result.ts";
import { fail, ok } from "../model/result.ts";
import { describeFileError } from "./load-knowledge.ts";
import {
  encodePrebuiltIndex,
  INDEX_NAMES,
  META_SCHEMA,
  openPrebuiltIndex,
  readTokenIndex,
  type DecodedFile,
  type IndexRejection,
  type SavedReport,
} from "./prebuilt-index-format.ts";

export type { IndexRejection } from "./prebuilt-index-format.ts";

/** What the file holds: the knowledge base and what loading the folder reported. */
export interface SavedLibrary extends SavedReport {
  readonly kb: KnowledgeBase;
}

/** The largest index file read: Node's largest buffer (4 GiB on 64-bit). */
export const MAX_INDEX_BYTES = bufferConstants.MAX_LENGTH;

const corrupt = (message: string): Result<never, IndexRejection> =>
  fail({ kind: "corrupt", message: `the prebuilt index is corrupt (${message})` });

function* readLines(bytes: Uint8Array): Generator<unknown> {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf(10, start);
    const stop = end < 0 ? text.length : end;
    try {
      yield JSON.parse(text.toString("utf8", start, stop));
    } catch {
      yield null;
    }
    start = stop + 1;
  }
}

function decodeLibrary(file: DecodedFile): Result<SavedLibrary, IndexRejection> {
  const metaBytes = file.section("meta");
  const entryBytes = file.section("entries");
  if (metaBytes === null || entryBytes === null) return corrupt("a section is missing");
  const meta = META_SCHEMA.safeParse([...readLines(metaBytes)][0]);
  if (!meta.success) return corrupt("unexpected content");
  const entries: ArticleEntry[] = [];
  for (const line of readLines(entryBytes)) {
    const entry = parseArticleEntry(line);
    if (!entry.ok) return corrupt(`entry ${entries.length + 1}: ${entry.error}`);
    entries.push(entry.value);
  }
  if (entries.length !== meta.data.entryCount) {
    return corrupt(`${entries.length} entries, expected ${meta.data.entryCount}`);
  }
  const counts = meta.data.documentCounts;
  const [passages, quotes, names, articles] = INDEX_NAMES.map((name) =>
    readTokenIndex(file, name, counts[name]),
  );
  if (!passages || !quotes || !names || !articles) return corrupt("bad integer arrays");
  const kb = importKnowledgeBase(entries, { passages, quotes, names, articles });
  if (!kb.ok) return corrupt(kb.error);
  return ok({ kb: kb.value, problems: meta.data.problems, warnings: meta.data.warnings });
}

/** The saved library when the bytes are whole and were built from knowledge with `key`. */
export function decodePrebuiltIndex(
  bytes: Uint8Array,
  key: string,
): Result<SavedLibrary, IndexRejection> {
  const file = openPrebuiltIndex(bytes, key);
  return file.ok ? decodeLibrary(file.value) : file;
}

/**
 * The bytes of a regular file of at most `limit` bytes: lstat first (no link, FIFO, device or
 * folder is opened), then opened without following links and without blocking, checked again on
 * the handle, and read to the size it had, never more.
 */
export async function readRegularFile(
  file: string,
  limit: number,
): Promise<Result<Uint8Array, string>> {
  let handle: FileHandle | undefined;
  try {
    const info = await lstat(file);
    if (!info.isFile()) return fail("is not a regular file");
    if (info.size > limit) return fail(`is larger than ${limit} bytes`);
    handle = await open(
      file,
      constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0),
    );
    const opened = await handle.stat();
    if (!opened.isFile() || opened.size > limit) return fail("changed while being opened");
    // A fresh buffer (never Node's shared pool), so Uint32 sections can be viewed in place.
    const bytes = new Uint8Array(new ArrayBuffer(opened.size));
    let length = 0;
    while (length < bytes.length) {
      const { bytesRead } = await handle.read(bytes, length, bytes.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length !== bytes.length) return fail("changed while being read");
    return ok(bytes);
  } catch (error) {
    return fail(describeFileError(error));
  } finally {
    await handle?.close();
  }
}

/** Reads and checks the file; a missing or unreadable file is a rejection, not an error. */
export async function readPrebuiltIndex(
  file: string,
  key: string,
): Promise<Result<SavedLibrary, IndexRejection>> {
  const bytes = await readRegularFile(file, MAX_INDEX_BYTES);
  if (!bytes.ok) {
    const reason = bytes.error === "no such file or folder" ? "" : ` (${bytes.error})`;
    return fail({ kind: "missing", message: `no prebuilt index at ${file}${reason}` });
  }
  return decodePrebuiltIndex(bytes.value, key);
}

/** Writes beside the target and renames, so a reader (another shard) never sees half a file. */
export async function writePrebuiltIndex(
  file: string,
  key: string,
  library: SavedLibrary,
): Promise<number> {
  const { kb } = library;
  const encoded = encodePrebuiltIndex(
    key,
    kb.indices,
    {
      entryCount: kb.entries.length,
      documentCounts: {
        passages: kb.indices.passages.documentCount,
        quotes: kb.indices.quotes.documentCount,
        names: kb.indices.names.documentCount,
        articles: kb.indices.articles.documentCount,
      },
      problems: [...library.problems],
      warnings: [...library.warnings],
    },
    // JSON.stringify escapes newlines inside strings, so each line is exactly one entry.
    kb.entries.map((entry) => Buffer.from(`${JSON.stringify(entry)}\n`)),
  );
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const handle = await open(temporary, "w");
    try {
      for (const piece of encoded.pieces) await writeAll(handle, piece);
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } finally {
    await rm(temporary, { force: true });
  }
  return encoded.bytes;
}

async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let written = 0;
  while (written < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, written, bytes.length - written);
    written += bytesWritten;
  }
}
