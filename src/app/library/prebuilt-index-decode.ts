/**
 * Turns the prebuilt index file's sections back into a knowledge base, trusting none of it:
 * entries are parsed one line at a time and checked against the model and their own text, and
 * the token indices against the entries (importKnowledgeBase).
 */
import { crc32 } from "node:zlib";
import type { ArticleEntry } from "../../knowledge-base/knowledge-base.ts";
import {
  importKnowledgeBase,
  parseArticleEntry,
} from "../../knowledge-base/restore-knowledge-base.ts";
import type { TokenIndexData } from "../../knowledge-base/token-index.ts";
import type { Result } from "../../model/result.ts";
import { fail, ok } from "../../model/result.ts";
import {
  ARRAY_NAMES,
  findEntries,
  INDEX_NAMES,
  META_SCHEMA,
  readHeader,
  readSections,
  type DecodedFile,
  type IndexRejection,
  type SavedLibrary,
} from "./prebuilt-index-format.ts";

export const corrupt = (message: string): Result<never, IndexRejection> =>
  fail({ kind: "corrupt", message: `the prebuilt index is corrupt (${message})` });

/** Entries read line by line as their bytes arrive, each checked before the next is parsed. */
export class EntryReader {
  readonly entries: ArticleEntry[] = [];
  problem: string | null = null;
  private rest: Uint8Array[] = [];

  push(chunk: Uint8Array): void {
    let start = 0;
    while (this.problem === null && start < chunk.length) {
      const end = chunk.indexOf(10, start);
      if (end < 0) {
        this.rest.push(chunk.slice(start));
        return;
      }
      this.parse(Buffer.concat([...this.rest, chunk.subarray(start, end)]));
      this.rest = [];
      start = end + 1;
    }
  }

  finish(): void {
    if (this.rest.length > 0) this.parse(Buffer.concat(this.rest));
    this.rest = [];
  }

  private parse(line: Buffer): void {
    if (this.problem !== null) return;
    let value: unknown = null;
    try {
      value = JSON.parse(line.toString("utf8"));
    } catch {
      // A line that is not JSON fails the model check below, with its number.
    }
    const entry = parseArticleEntry(value);
    if (entry.ok) this.entries.push(entry.value);
    else this.problem = `entry ${this.entries.length + 1}: ${entry.error}`;
  }
}

export function decodeLibrary(
  file: DecodedFile,
  reader: EntryReader,
): Result<SavedLibrary, IndexRejection> {
  if (reader.problem !== null) return corrupt(reader.problem);
  const metaBytes = file.section("meta");
  if (metaBytes === null) return corrupt("a section is missing");
  let metaValue: unknown = null;
  try {
    metaValue = JSON.parse(Buffer.from(metaBytes).toString("utf8"));
  } catch {
    return corrupt("unexpected content");
  }
  const meta = META_SCHEMA.safeParse(metaValue);
  if (!meta.success) return corrupt("unexpected content");
  const { entries } = reader;
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
  const opened = readHeader(bytes, key);
  if (!opened.ok) return opened;
  const { header, payloadStart } = opened.value;
  const payload = bytes.subarray(payloadStart);
  if (payload.length !== header.bytes)
    return corrupt(`${payload.length} bytes, header says ${header.bytes}`);
  if (crc32(payload) !== header.crc32) return corrupt("checksum mismatch");
  const entriesAt = findEntries(header);
  if (!entriesAt.ok) return entriesAt;
  const reader = new EntryReader();
  const [, entriesLength] = header.sections["entries"] ?? [0, 0];
  reader.push(payload.subarray(entriesAt.value, entriesAt.value + entriesLength));
  reader.finish();
  return decodeLibrary(readSections(header, payload.subarray(0, entriesAt.value)), reader);
}

/** A section of Uint32s: a view over the file's bytes when aligned, else a copy. */
export function readIntegers(bytes: Uint8Array): Uint32Array | null {
  if (bytes.length % 4 !== 0) return null;
  if (bytes.byteOffset % 4 === 0) {
    return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  }
  const copy = new Uint32Array(bytes.length / 4);
  new Uint8Array(copy.buffer).set(bytes);
  return copy;
}

/** One token index from its sections; structure is checked later, against the entries. */
export function readTokenIndex(
  file: DecodedFile,
  name: (typeof INDEX_NAMES)[number],
  documentCount: number,
): TokenIndexData | null {
  const vocabulary = file.section(`${name}.vocabulary`);
  const [offsets, postings, wordStarts, words] = ARRAY_NAMES.map((array) => {
    const bytes = file.section(`${name}.${array}`);
    return bytes === null ? null : readIntegers(bytes);
  });
  if (!vocabulary || !offsets || !postings || !wordStarts || !words) return null;
  const text = Buffer.from(vocabulary.buffer, vocabulary.byteOffset, vocabulary.length).toString(
    "utf8",
  );
  return {
    documentCount,
    vocabulary: text === "" ? [] : text.split("\n"),
    offsets,
    postings,
    wordStarts,
    words,
  };
}
