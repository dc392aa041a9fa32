/**
 * The prebuilt index file's bytes. One header line of JSON (format, version, key, CRC-32 and
 * length of the rest, and where each section lies), padded so the binary sections after it start
 * 8-byte aligned; then the sections: the integer arrays of every token index as little-endian
 * Uint32 (read back as views over the file's bytes, not copied), each vocabulary as one block of
 * newline-separated words, and the article entries as JSON lines. A file whose key differs is
 * stale; one whose checksum, structure or content does not check out is corrupt.
 */
import { endianness } from "node:os";
import { crc32 } from "node:zlib";
import { z } from "zod";
import type { KnowledgeIndices } from "../knowledge-base/knowledge-base.ts";
import type { TokenIndexData } from "../knowledge-base/token-index.ts";
import type { Result } from "../model/result.ts";
import { fail } from "../model/result.ts";
import type { LoadProblem } from "./load-knowledge.ts";

export const INDEX_FILE_FORMAT = "roundtable-knowledge-index";
/** Bump when the layout or its meaning changes without a change to the hashed sources. */
export const INDEX_FORMAT_VERSION = 2;

export const INDEX_NAMES = ["passages", "quotes", "names", "articles"] as const;
const ARRAY_NAMES = ["offsets", "postings", "wordStarts", "words"] as const;
const ALIGNMENT = 8;
const MAX_HEADER_BYTES = 64 * 1024;

export interface IndexRejection {
  readonly kind: "missing" | "stale" | "corrupt";
  readonly message: string;
}

/** What loading the folder reported, saved beside the knowledge base. */
export interface SavedReport {
  readonly problems: readonly LoadProblem[];
  readonly warnings: readonly string[];
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

const corrupt = (message: string): Result<never, IndexRejection> =>
  fail({ kind: "corrupt", message: `the prebuilt index is corrupt (${message})` });

const padding = (length: number): number => (ALIGNMENT - (length % ALIGNMENT)) % ALIGNMENT;

const viewBytes = (values: Uint32Array): Uint8Array =>
  new Uint8Array(values.buffer, values.byteOffset, values.byteLength);

/** The sections of a knowledge base's indices, meta and entries (JSON lines), in file order. */
function listSections(
  indices: KnowledgeIndices,
  meta: SavedMeta,
  entryLines: readonly Uint8Array[],
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
  sections.push(["entries", entryLines]);
  return sections;
}

/** The file for `meta` and its entries' JSON lines, keyed by the knowledge it was built from. */
export function encodePrebuiltIndex(
  key: string,
  indices: KnowledgeIndices,
  meta: SavedMeta,
  entryLines: readonly Uint8Array[],
): EncodedIndex {
  const table: Record<string, [number, number]> = {};
  const payload: Uint8Array[] = [];
  let offset = 0;
  let checksum = 0;
  for (const [name, parts] of listSections(indices, meta, entryLines)) {
    const length = parts.reduce((sum, part) => sum + part.length, 0);
    table[name] = [offset, length];
    const pad = new Uint8Array(padding(length));
    for (const part of [...parts, pad]) {
      payload.push(part);
      checksum = crc32(part, checksum);
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

export interface DecodedFile {
  readonly payload: Uint8Array;
  readonly section: (name: string) => Uint8Array | null;
}

/** Checks the header, key and checksum; gives the sections, or why the file cannot be used. */
export function openPrebuiltIndex(
  bytes: Uint8Array,
  key: string,
): Result<DecodedFile, IndexRejection> {
  const newline = bytes.subarray(0, MAX_HEADER_BYTES).indexOf(10);
  if (newline < 0) return corrupt("no header line");
  let header: z.infer<typeof HEADER_SCHEMA>;
  try {
    const parsed = HEADER_SCHEMA.safeParse(
      JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, newline).toString("utf8")),
    );
    if (!parsed.success) return corrupt("unreadable header");
    header = parsed.data;
  } catch {
    return corrupt("unreadable header");
  }
  if (
    header.version !== INDEX_FORMAT_VERSION ||
    header.key !== key ||
    header.littleEndian !== (endianness() === "LE")
  ) {
    return fail({
      kind: "stale",
      message:
        "the prebuilt index is stale (the knowledge files or the code changed since it was built)",
    });
  }
  const payload = bytes.subarray(newline + 1);
  if (payload.length !== header.bytes)
    return corrupt(`${payload.length} bytes, header says ${header.bytes}`);
  if (crc32(payload) !== header.crc32) return corrupt("checksum mismatch");
  const { sections } = header;
  return {
    ok: true,
    value: {
      payload,
      section: (name) => {
        const range = sections[name];
        if (range === undefined || range[0] + range[1] > payload.length) return null;
        return payload.subarray(range[0], range[0] + range[1]);
      },
    },
  };
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
