/**
 * Reads and writes the prebuilt index file (layout in prebuilt-index-format.ts). Reading goes
 * through a guarded reader: the path must be a regular file (not a link, FIFO or device), its
 * size is checked before anything is read, and no more than that size is read, so a FIFO cannot
 * hang start-up and a link to /dev/zero cannot fill memory. Nothing read is trusted: a stale or
 * corrupt file is reported and never used.
 */
import { constants as bufferConstants } from "node:buffer";
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from "node:fs";
import { lstat, mkdir, open, rename, rm, type FileHandle } from "node:fs/promises";
import path from "node:path";
import { crc32 } from "node:zlib";
import type { Result } from "../../model/result.ts";
import { fail, ok } from "../../model/result.ts";
import { fileSource } from "./byte-source.ts";
import { checksumOf, readFromDescriptor, readFromHandle } from "./tail-checksum.ts";
import { describeFileError } from "./load-knowledge.ts";
import { encodeEntrySections } from "./prebuilt-entry-sections.ts";
import { corrupt, decodeLibrary } from "./prebuilt-index-decode.ts";
import {
  encodePrebuiltIndex,
  findTail,
  readHeader,
  staleIndex,
  readSections,
  type EncodedIndex,
  type IndexRejection,
  type SavedLibrary,
} from "./prebuilt-index-format.ts";

export type { IndexRejection, SavedLibrary } from "./prebuilt-index-format.ts";

/** No link followed, and no wait on a FIFO swapped in after the lstat (it is refused on fstat). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** The largest index file read: Node's largest buffer (4 GiB on 64-bit). */
export const MAX_INDEX_BYTES = bufferConstants.MAX_LENGTH;

/**
 * Opens a regular file of at most `limit` bytes: lstat first (no link, FIFO, device or folder is
 * opened), then without following links and without blocking, and checked again on the handle.
 */
async function openRegularFile(
  file: string,
  limit: number,
): Promise<Result<{ handle: FileHandle; size: number }, string>> {
  const info = await lstat(file);
  if (!info.isFile()) return fail("is not a regular file");
  if (info.size > limit) return fail(`is larger than ${limit} bytes`);
  const handle = await open(file, OPEN_FLAGS);
  const opened = await handle.stat();
  if (!opened.isFile() || opened.size > limit) {
    await handle.close();
    return fail("changed while being opened");
  }
  return ok({ handle, size: opened.size });
}

/** Exactly `length` bytes at `position` into a fresh buffer, or null if the file ends first. */
async function readExactly(
  handle: FileHandle,
  position: number,
  length: number,
): Promise<Uint8Array | null> {
  // A fresh buffer (never Node's shared pool), so Uint32 sections can be viewed in place.
  const bytes = new Uint8Array(new ArrayBuffer(length));
  let read = 0;
  while (read < length) {
    const { bytesRead } = await handle.read(bytes, read, length - read, position + read);
    if (bytesRead === 0) return null;
    read += bytesRead;
  }
  return bytes;
}

/** The bytes of a regular file of at most `limit` bytes (see openRegularFile), never more. */
export async function readRegularFile(
  file: string,
  limit: number,
): Promise<Result<Uint8Array, string>> {
  let opened: Result<{ handle: FileHandle; size: number }, string> | undefined;
  try {
    opened = await openRegularFile(file, limit);
    if (!opened.ok) return opened;
    const bytes = await readExactly(opened.value.handle, 0, opened.value.size);
    return bytes === null ? fail("changed while being read") : ok(bytes);
  } catch (error) {
    return fail(describeFileError(error));
  } finally {
    if (opened?.ok === true) await opened.value.handle.close();
  }
}

/** readRegularFile, synchronously: the same checks, for many small files read in a row. */
export function readRegularFileSync(file: string, limit: number): Result<Uint8Array, string> {
  let descriptor: number | undefined;
  try {
    const info = lstatSync(file);
    if (!info.isFile()) return fail("is not a regular file");
    if (info.size > limit) return fail(`is larger than ${limit} bytes`);
    descriptor = openSync(file, OPEN_FLAGS);
    const opened = fstatSync(descriptor);
    if (!opened.isFile() || opened.size > limit) return fail("changed while being opened");
    const bytes = new Uint8Array(opened.size);
    let read = 0;
    while (read < bytes.length) {
      const count = readSync(descriptor, bytes, read, bytes.length - read, read);
      if (count === 0) return fail("changed while being read");
      read += count;
    }
    return ok(bytes);
  } catch (error) {
    return fail(describeFileError(error));
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

export interface ReadIndexOptions {
  /**
   * A library whose articles take more bytes than this is checked in the background (see
   * build-library.ts): its tail (passage texts and articles) is then checksummed by `verify`
   * too, not before it is served. Default: always before.
   */
  readonly backgroundCheckFromEntryBytes?: number;
}

async function readOpenedIndex(
  file: string,
  handle: FileHandle,
  size: number,
  key: string | Promise<string>,
  options: ReadIndexOptions,
): Promise<Result<SavedLibrary, IndexRejection>> {
  const start = await readExactly(handle, 0, Math.min(size, 64 * 1024));
  if (start === null) return corrupt("changed while being read");
  const opened = readHeader(start, typeof key === "string" ? key : null);
  if (!opened.ok) return opened;
  const { header, payloadStart } = opened.value;
  if (size - payloadStart !== header.bytes)
    return corrupt(`${size - payloadStart} bytes, header says ${header.bytes}`);
  const tail = findTail(header);
  if (!tail.ok) return tail;
  // The head (indices and columns) is read whole, its integer arrays viewed in place; the tail
  // (passage texts and articles) is only checksummed now and read when a search or command
  // needs a passage or an article, so it never sits in memory whole.
  const head = await readExactly(handle, payloadStart, tail.value.start);
  if (head === null) return corrupt("changed while being read");
  // Node's crc32 of an empty ArrayBuffer's view is 0, not the running value: skip empty parts.
  const headSum = head.length > 0 ? crc32(head) : 0;
  const tailAt = payloadStart + tail.value.start;
  const tailLength = header.bytes - tail.value.start;
  // The tail of a library checked in the background (1.5 GB at a million passages) is
  // checksummed there too, where every article and passage in it is checked anyway.
  const isTailDeferred =
    tail.value.entries[1] > (options.backgroundCheckFromEntryBytes ?? Infinity);
  if (!isTailDeferred) {
    const checksum = await checksumOf(readFromHandle(handle), tailAt, tailLength, headSum);
    if (checksum === null) return corrupt("changed while being read");
    if (checksum !== header.crc32) return corrupt("checksum mismatch");
  }
  const descriptor = openSameFile(file, await handle.stat());
  if (descriptor === null) return corrupt("changed while being read");
  // The descriptor now belongs to the source: closed when the source is collected, never before.
  const source = fileSource(descriptor, payloadStart);
  const checkTail = async (): Promise<string | null> => {
    // `source` is held here so the descriptor stays open while it is read.
    const checksum =
      source && (await checksumOf(readFromDescriptor(descriptor), tailAt, tailLength, headSum));
    return checksum === header.crc32 ? null : "the prebuilt index is corrupt (checksum mismatch)";
  };
  const library = decodeLibrary(
    readSections(header, head),
    { source, place: tail.value },
    isTailDeferred ? { checkTail } : {},
  );
  // A key still being computed (index-key-aside.ts) is checked once both are done.
  return header.key === (await key) ? library : staleIndex();
}

/**
 * A synchronous descriptor on the file just checked (the same inode, so a file renamed over it
 * since is not read), for reading the tail when needed; null if it is not that file any more.
 */
function openSameFile(
  file: string,
  checked: { readonly dev: number; readonly ino: number },
): number | null {
  let descriptor: number;
  try {
    descriptor = openSync(file, OPEN_FLAGS);
  } catch {
    return null;
  }
  const info = fstatSync(descriptor);
  if (!info.isFile() || info.dev !== checked.dev || info.ino !== checked.ino) {
    closeSync(descriptor);
    return null;
  }
  return descriptor;
}

/**
 * Reads and checks the file; a missing or unreadable file is a rejection, not an error. `key`
 * may still be being computed: the file is read meanwhile and rejected as stale if it differs.
 */
export async function readPrebuiltIndex(
  file: string,
  key: string | Promise<string>,
  options: ReadIndexOptions = {},
): Promise<Result<SavedLibrary, IndexRejection>> {
  let opened: Result<{ handle: FileHandle; size: number }, string> | undefined;
  try {
    opened = await openRegularFile(file, MAX_INDEX_BYTES);
    if (!opened.ok)
      return fail({ kind: "missing", message: `no prebuilt index at ${file} (${opened.error})` });
    return await readOpenedIndex(file, opened.value.handle, opened.value.size, key, options);
  } catch (error) {
    const reason = describeFileError(error);
    const detail = reason === "no such file or folder" ? "" : ` (${reason})`;
    return fail({ kind: "missing", message: `no prebuilt index at ${file}${detail}` });
  } finally {
    if (opened?.ok === true) await opened.value.handle.close();
  }
}

/** The whole file for a library, keyed by `key` (pieces to write in order). */
export function encodeLibrary(key: string, library: SavedLibrary): EncodedIndex {
  const { kb } = library;
  return encodePrebuiltIndex(
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
    encodeEntrySections(kb.entries),
  );
}

/** Writes beside the target and renames, so a reader (another shard) never sees half a file. */
export async function writePrebuiltIndex(
  file: string,
  key: string,
  library: SavedLibrary,
): Promise<number> {
  const encoded = encodeLibrary(key, library);
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
