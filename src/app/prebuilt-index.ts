/**
 * The prebuilt index file: one header line (format, key, SHA-256 and length of the rest), then
 * the knowledge base as JSON lines: the token indices (integer arrays in base64), then one
 * line per article entry. A file whose key
 * differs is stale; one whose checksum, JSON or content does not check out is corrupt. Neither
 * is ever used.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type {
  ArticleEntry,
  KnowledgeBase,
  KnowledgeIndices,
} from "../knowledge-base/knowledge-base.ts";
import {
  importKnowledgeBase,
  parseArticleEntry,
} from "../knowledge-base/restore-knowledge-base.ts";
import type { Result } from "../model/result.ts";
import { fail, ok } from "../model/result.ts";
import type { LoadProblem } from "./library/load-knowledge.ts";
import { decodeIndex, encodeIndex, SAVED_INDEX_SCHEMA } from "./prebuilt-index-arrays.ts";
import { INDEX_FORMAT_VERSION } from "./prebuilt-index-key.ts";

export const INDEX_FILE_FORMAT = "roundtable-knowledge-index";

/** What the file holds besides the knowledge base: what loading the folder reported. */
export interface SavedLibrary {
  readonly kb: KnowledgeBase;
  readonly problems: readonly LoadProblem[];
  readonly warnings: readonly string[];
}

export interface IndexRejection {
  readonly kind: "missing" | "stale" | "corrupt";
  readonly message: string;
}

const HEADER_SCHEMA = z.object({
  format: z.literal(INDEX_FILE_FORMAT),
  version: z.number().int(),
  key: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/u),
  bytes: z.number().int().nonnegative(),
});

/** The payload's first line; then one line per entry, so entries are parsed and checked one at a
 * time and a 100k-passage library never exists twice in memory while loading. */
const META_SCHEMA = z.object({
  entryCount: z.number().int().nonnegative(),
  indices: z.object({
    passages: SAVED_INDEX_SCHEMA,
    quotes: SAVED_INDEX_SCHEMA,
    names: SAVED_INDEX_SCHEMA,
    articles: SAVED_INDEX_SCHEMA,
  }),
  problems: z.array(z.object({ file: z.string(), message: z.string() })),
  warnings: z.array(z.string()),
});

/** The whole file's bytes for a library built from knowledge with this key. */
export function encodePrebuiltIndex(key: string, library: SavedLibrary): Buffer {
  const { indices } = library.kb;
  const meta = {
    entryCount: library.kb.entries.length,
    indices: {
      passages: encodeIndex(indices.passages),
      quotes: encodeIndex(indices.quotes),
      names: encodeIndex(indices.names),
      articles: encodeIndex(indices.articles),
    },
    problems: library.problems,
    warnings: library.warnings,
  };
  // JSON.stringify escapes newlines inside strings, so each line is exactly one value.
  const payload = Buffer.concat([
    Buffer.from(`${JSON.stringify(meta)}\n`),
    ...library.kb.entries.map((entry) => Buffer.from(`${JSON.stringify(entry)}\n`)),
  ]);
  const sha256 = createHash("sha256").update(payload).digest("hex");
  const header = {
    format: INDEX_FILE_FORMAT,
    version: INDEX_FORMAT_VERSION,
    key,
    sha256,
    bytes: payload.length,
  };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), payload]);
}

const corrupt = (message: string): Result<never, IndexRejection> =>
  fail({ kind: "corrupt", message: `the prebuilt index is corrupt (${message})` });

/** The saved library when the file is whole and was built from knowledge with `key`. */
export function decodePrebuiltIndex(
  bytes: Buffer,
  key: string,
): Result<SavedLibrary, IndexRejection> {
  const newline = bytes.indexOf(10);
  if (newline < 0) return corrupt("no header line");
  let header: z.infer<typeof HEADER_SCHEMA>;
  try {
    const parsed = HEADER_SCHEMA.safeParse(JSON.parse(bytes.subarray(0, newline).toString("utf8")));
    if (!parsed.success) return corrupt("unreadable header");
    header = parsed.data;
  } catch {
    return corrupt("unreadable header");
  }
  if (header.version !== INDEX_FORMAT_VERSION || header.key !== key) {
    return fail({
      kind: "stale",
      message:
        "the prebuilt index is stale (the knowledge files or the code changed since it was built)",
    });
  }
  const payload = bytes.subarray(newline + 1);
  if (payload.length !== header.bytes)
    return corrupt(`${payload.length} bytes, header says ${header.bytes}`);
  if (createHash("sha256").update(payload).digest("hex") !== header.sha256) {
    return corrupt("checksum mismatch");
  }
  return decodePayload(payload);
}

/** Each line of the payload, parsed as JSON; null for a line that is not. */
function* readLines(payload: Buffer): Generator<unknown> {
  let start = 0;
  while (start < payload.length) {
    const end = payload.indexOf(10, start);
    const stop = end < 0 ? payload.length : end;
    try {
      yield JSON.parse(payload.toString("utf8", start, stop));
    } catch {
      yield null;
    }
    start = stop + 1;
  }
}

function decodeIndices(meta: z.infer<typeof META_SCHEMA>): KnowledgeIndices | null {
  const passages = decodeIndex(meta.indices.passages);
  const quotes = decodeIndex(meta.indices.quotes);
  const names = decodeIndex(meta.indices.names);
  const articles = decodeIndex(meta.indices.articles);
  if (passages === null || quotes === null || names === null || articles === null) return null;
  return { passages, quotes, names, articles };
}

function decodePayload(payload: Buffer): Result<SavedLibrary, IndexRejection> {
  const lines = readLines(payload);
  const meta = META_SCHEMA.safeParse(lines.next().value);
  if (!meta.success) return corrupt("unexpected content");
  const indices = decodeIndices(meta.data);
  if (indices === null) return corrupt("bad integer arrays");
  const entries: ArticleEntry[] = [];
  for (const line of lines) {
    const entry = parseArticleEntry(line);
    if (!entry.ok) return corrupt(`entry ${entries.length + 1}: ${entry.error}`);
    entries.push(entry.value);
  }
  if (entries.length !== meta.data.entryCount) {
    return corrupt(`${entries.length} entries, expected ${meta.data.entryCount}`);
  }
  const kb = importKnowledgeBase(entries, indices);
  if (!kb.ok) return corrupt(kb.error);
  return ok({ kb: kb.value, problems: meta.data.problems, warnings: meta.data.warnings });
}

/** Reads and checks the file; a missing file is a rejection like any other, not an error. */
export async function readPrebuiltIndex(
  file: string,
  key: string,
): Promise<Result<SavedLibrary, IndexRejection>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return fail({ kind: "missing", message: `no prebuilt index at ${file}` });
  }
  return decodePrebuiltIndex(bytes, key);
}

/** Writes beside the target and renames, so a reader (another shard) never sees half a file. */
export async function writePrebuiltIndex(
  file: string,
  key: string,
  library: SavedLibrary,
): Promise<number> {
  const bytes = encodePrebuiltIndex(key, library);
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  } finally {
    await rm(temporary, { force: true });
  }
  return bytes.length;
}
