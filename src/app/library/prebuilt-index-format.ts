/**
 * The prebuilt index file's bytes. One header line of JSON (format, version, key, CRC-32 and
 * length of the rest, and where each section lies), padded so the binary sections after it start
 * 8-byte aligned; then the sections: the integer arrays of every token index as little-endian
 * Uint32 (read back as views over the file's bytes, not copied), each vocabulary as one block of
 * newline-separated words, the sections that serve a library before its articles are parsed
 * (prebuilt-entry-sections.ts), and last the article entries as JSON lines. A file whose key
 * differs is stale; one whose checksum, structure or content does not check out is corrupt.
 */
import { endianness } from "node:os";
import { crc32 } from "node:zlib";
import { z } from "zod";
import type { KnowledgeBase, KnowledgeIndices } from "../../knowledge-base/knowledge-base.ts";
import type { Result } from "../../model/result.ts";
import { fail } from "../../model/result.ts";
import type { LoadProblem } from "./load-knowledge.ts";
import { TAIL_SECTIONS, type EntrySections } from "./prebuilt-entry-sections.ts";

export const INDEX_FILE_FORMAT = "roundtable-knowledge-index";
/** Bump when the layout or its meaning changes without a change to the hashed sources. */
export const INDEX_FORMAT_VERSION = 4;

export const INDEX_NAMES = ["passages", "quotes", "names", "articles"] as const;
export const ARRAY_NAMES = ["offsets", "postings", "wordStarts", "words"] as const;
const ALIGNMENT = 8;
const MAX_HEADER_BYTES = 64 * 1024;

export interface IndexRejection {
  readonly kind: "missing" | "stale" | "corrupt";
  readonly message: string;
}

/** What the file holds: the knowledge base and what loading the folder reported. */
export interface SavedLibrary {
  readonly kb: KnowledgeBase;
  readonly problems: readonly LoadProblem[];
  readonly warnings: readonly string[];
  /**
   * Read from a file: parses and checks every article not yet read (in slices, between which
   * the event loop runs); the first problem, or null. `verifySync` does it in one go.
   */
  readonly verify?: (options?: { readonly sliceMs?: number }) => Promise<string | null>;
  readonly verifySync?: () => string | null;
  /** Read from a file: how many articles are parsed and kept so far. */
  readonly parsedCount?: () => number;
  /** Read from a file: the size of its articles' section, which verifying costs time in. */
  readonly entryBytes?: number;
  /** Read from a file: told once, with the problem, if any article fails its checks. */
  readonly whenCorrupt?: (listener: (problem: string) => void) => void;
}

const SECTION = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

const HEADER_SCHEMA = z.object({
  format: z.literal(INDEX_FILE_FORMAT),
  version: z.number().int(),
  key: z.string(),
  littleEndian: z.boolean(),
  crc32: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  sections: z.record(z.string(), SECTION),
});

export const META_SCHEMA = z.object({
  entryCount: z.number().int().nonnegative(),
  documentCounts: z.object({
    passages: z.number().int().nonnegative(),
    quotes: z.number().int().nonnegative(),
    names: z.number().int().nonnegative(),
    articles: z.number().int().nonnegative(),
  }),
  problems: z.array(z.object({ file: z.string(), message: z.string() })),
  warnings: z.array(z.string()),
});

export type SavedMeta = z.infer<typeof META_SCHEMA>;

/** The file as pieces to write in order (no one buffer holds it all), and its total length. */
export interface EncodedIndex {
  readonly pieces: readonly Uint8Array[];
  readonly bytes: number;
}

const corruptFile = (message: string): Result<never, IndexRejection> =>
  fail({ kind: "corrupt", message: `the prebuilt index is corrupt (${message})` });

const padding = (length: number): number => (ALIGNMENT - (length % ALIGNMENT)) % ALIGNMENT;

const viewBytes = (values: Uint32Array): Uint8Array =>
  new Uint8Array(values.buffer, values.byteOffset, values.byteLength);

/** The sections of a knowledge base's indices, meta and entries (JSON lines), in file order. */
function listSections(
  indices: KnowledgeIndices,
  meta: SavedMeta,
  entries: EntrySections,
): [string, readonly Uint8Array[]][] {
  const sections: [string, readonly Uint8Array[]][] = [
    ["meta", [Buffer.from(JSON.stringify(meta))]],
  ];
  for (const name of INDEX_NAMES) {
    const index = indices[name];
    // Words hold no whitespace (see WORD), so a newline separates them safely.
    sections.push([`${name}.vocabulary`, [Buffer.from(index.vocabulary.join("\n"))]]);
    for (const array of ARRAY_NAMES) sections.push([`${name}.${array}`, [viewBytes(index[array])]]);
  }
  sections.push(
    ...entries.sections,
    ["passages.text", entries.passageTexts],
    ["entries", entries.lines],
  );
  return sections;
}

/** The file for `meta` and its entries, keyed by the knowledge it was built from. */
export function encodePrebuiltIndex(
  key: string,
  indices: KnowledgeIndices,
  meta: SavedMeta,
  entries: EntrySections,
): EncodedIndex {
  const table: Record<string, [number, number]> = {};
  const payload: Uint8Array[] = [];
  let offset = 0;
  let checksum = 0;
  for (const [name, parts] of listSections(indices, meta, entries)) {
    const length = parts.reduce((sum, part) => sum + part.length, 0);
    table[name] = [offset, length];
    const pad = new Uint8Array(padding(length));
    for (const part of [...parts, pad]) {
      payload.push(part);
      // Node's crc32 returns 0, not the running value, for a view of an empty ArrayBuffer (an
      // index with no documents): empty parts add nothing to the checksum anyway.
      if (part.length > 0) checksum = crc32(part, checksum);
    }
    offset += length + pad.length;
  }
  const header = JSON.stringify({
    format: INDEX_FILE_FORMAT,
    version: INDEX_FORMAT_VERSION,
    key,
    littleEndian: endianness() === "LE",
    crc32: checksum,
    bytes: offset,
    sections: table,
  });
  // Spaces before the newline align the payload, so its Uint32 sections can be viewed in place.
  const headerLength = Buffer.byteLength(header) + 1;
  const headerLine = Buffer.from(`${header}${" ".repeat(padding(headerLength))}\n`);
  return { pieces: [headerLine, ...payload], bytes: headerLine.length + offset };
}

export type IndexHeader = z.infer<typeof HEADER_SCHEMA>;

export const staleIndex = (): Result<never, IndexRejection> =>
  fail({
    kind: "stale",
    message:
      "the prebuilt index is stale (the knowledge files or the code changed since it was built)",
  });

/**
 * The header line of `start` (the file's first bytes), and where the payload begins. A null `key`
 * is checked later by the caller (it is still being computed).
 */
export function readHeader(
  start: Uint8Array,
  key: string | null,
): Result<{ header: IndexHeader; payloadStart: number }, IndexRejection> {
  const newline = start.subarray(0, MAX_HEADER_BYTES).indexOf(10);
  if (newline < 0) return corruptFile("no header line");
  let header: IndexHeader;
  try {
    const parsed = HEADER_SCHEMA.safeParse(
      JSON.parse(Buffer.from(start.buffer, start.byteOffset, newline).toString("utf8")),
    );
    if (!parsed.success) return corruptFile("unreadable header");
    header = parsed.data;
  } catch {
    return corruptFile("unreadable header");
  }
  if (
    header.version !== INDEX_FORMAT_VERSION ||
    (key !== null && header.key !== key) ||
    header.littleEndian !== (endianness() === "LE")
  ) {
    return staleIndex();
  }
  return { ok: true, value: { header, payloadStart: newline + 1 } };
}

/** Where the tail sections (TAIL_SECTIONS) lie in the payload, and where the tail starts. */
export interface TailPlace {
  readonly start: number;
  readonly text: readonly [number, number];
  readonly entries: readonly [number, number];
}

/**
 * Where the tail (passage texts, then entries: the last sections, left in the file) starts;
 * everything before is the head, read whole so its integer arrays can be viewed in place.
 */
export function findTail(header: IndexHeader): Result<TailPlace, IndexRejection> {
  const [textName, entriesName] = TAIL_SECTIONS;
  const text = header.sections[textName];
  const entries = header.sections[entriesName];
  const isLaidOut =
    text !== undefined &&
    entries !== undefined &&
    text[0] + text[1] <= entries[0] &&
    entries[0] + entries[1] <= header.bytes &&
    Object.values(header.sections).every(
      (range) => range[0] + range[1] <= text[0] || range[0] >= text[0],
    );
  if (!isLaidOut) return corruptFile("no entries section");
  return { ok: true, value: { start: text[0], text, entries } };
}

export interface DecodedFile {
  readonly section: (name: string) => Uint8Array | null;
}

/** The sections lying in `head`, the payload's first bytes. */
export function readSections(header: IndexHeader, head: Uint8Array): DecodedFile {
  return {
    section: (name) => {
      const range = header.sections[name];
      if (range === undefined || range[0] + range[1] > head.length) return null;
      return head.subarray(range[0], range[0] + range[1]);
    },
  };
}
