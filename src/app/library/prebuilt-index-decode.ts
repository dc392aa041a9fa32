/**
 * Turns the prebuilt index file's sections back into a knowledge base, trusting none of it: the
 * structure of every section is checked on opening, the token indices against the documents
 * (importKnowledgeBase), and each article against the model, its own text and the sections when
 * it is first read or verified (lazy-entries.ts).
 */
import { crc32 } from "node:zlib";
import {
  hasWordsOutOfVocabulary,
  importKnowledgeBase,
} from "../../knowledge-base/restore-knowledge-base.ts";
import type { TokenIndexData } from "../../knowledge-base/token-index.ts";
import type { Result } from "../../model/result.ts";
import { fail, ok } from "../../model/result.ts";
import { memorySource } from "./byte-source.ts";
import { readEntryColumns, type Tail } from "./lazy-columns.ts";
import { createLazyDocuments } from "./lazy-documents.ts";
import { createLazyEntries } from "./lazy-entries.ts";
import {
  ARRAY_NAMES,
  findTail,
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

/**
 * The library in the file: token indices checked against the entry sections' counts, and the
 * articles left unparsed until read (lazy-entries.ts), from `tail`.
 */
export function decodeLibrary(
  file: DecodedFile,
  tail: Tail,
  options: DecodeOptions = {},
): Result<SavedLibrary, IndexRejection> {
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
  const columns = readEntryColumns(file, tail, meta.data);
  if (!columns.ok) return corrupt(columns.error);
  const counts = meta.data.documentCounts;
  const [passages, quotes, names, articles] = INDEX_NAMES.map((name) =>
    readTokenIndex(file, name, counts[name]),
  );
  if (!passages || !quotes || !names || !articles) return corrupt("bad integer arrays");
  const listeners: ((problem: string) => void)[] = [];
  let problem: string | null = null;
  const report = (found: string): void => {
    if (problem !== null) return;
    problem = found;
    for (const listener of listeners) listener(found);
  };
  const lazy = createLazyEntries(columns.value, report, options.maxRecentEntries);
  const documents = createLazyDocuments(columns.value, lazy.load);
  const indices = { passages, quotes, names, articles };
  const kb = importKnowledgeBase(lazy.entries, indices, documents, true);
  if (!kb.ok) return corrupt(kb.error);
  const wordsProblem = (name: string) =>
    `the prebuilt index is corrupt (${name} index: a word out of the vocabulary)`;
  return ok({
    kb: kb.value,
    problems: meta.data.problems,
    warnings: meta.data.warnings,
    verify: async (verifyOptions) => {
      const tailProblem = (await options.checkTail?.()) ?? null;
      if (tailProblem !== null) {
        report(tailProblem);
        return tailProblem;
      }
      for (const name of INDEX_NAMES) {
        const index = indices[name];
        for (let from = 0; from < index.words.length; from += WORDS_PER_SLICE) {
          if (hasWordsOutOfVocabulary(index, from, from + WORDS_PER_SLICE)) {
            report(wordsProblem(name));
            return wordsProblem(name);
          }
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
      return lazy.verify(verifyOptions);
    },
    verifySync: () => {
      for (const name of INDEX_NAMES) {
        const index = indices[name];
        if (hasWordsOutOfVocabulary(index, 0, index.words.length)) return wordsProblem(name);
      }
      return lazy.verifySync();
    },
    parsedCount: lazy.parsedCount,
    entryBytes: tail.place.entries[1],
    whenCorrupt: (listener) => {
      if (problem !== null) listener(problem);
      else listeners.push(listener);
    },
  });
}

/** Forward-index words checked between two turns of the event loop (about 20 ms). */
const WORDS_PER_SLICE = 8_000_000;

export interface DecodeOptions {
  /** Parsed articles kept at most (lazy-entries.ts's MAX_RECENT_ENTRIES by default). */
  readonly maxRecentEntries?: number;
  /** The tail's checksum, when it was not checked before serving: run first by `verify`. */
  readonly checkTail?: () => Promise<string | null>;
}

/** The saved library when the bytes are whole and were built from knowledge with `key`. */
export function decodePrebuiltIndex(
  bytes: Uint8Array,
  key: string,
  options: DecodeOptions = {},
): Result<SavedLibrary, IndexRejection> {
  const opened = readHeader(bytes, key);
  if (!opened.ok) return opened;
  const { header, payloadStart } = opened.value;
  const payload = bytes.subarray(payloadStart);
  if (payload.length !== header.bytes)
    return corrupt(`${payload.length} bytes, header says ${header.bytes}`);
  if (crc32(payload) !== header.crc32) return corrupt("checksum mismatch");
  const tail = findTail(header);
  if (!tail.ok) return tail;
  return decodeLibrary(
    readSections(header, payload.subarray(0, tail.value.start)),
    { source: memorySource(payload), place: tail.value },
    options,
  );
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
