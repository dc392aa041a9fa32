/**
 * The prebuilt index's entry sections read as columns (prebuilt-entry-sections.ts), with their
 * structure checked: every count, offset and length agrees with every other and with the meta,
 * in time proportional to the number of articles and passages. What the columns say is checked
 * against each article when it is parsed (lazy-entries.ts).
 */
import type { Result } from "../../model/result.ts";
import { fail, ok } from "../../model/result.ts";
import { readIntegers } from "./prebuilt-index-decode.ts";
import type { ByteSource } from "./byte-source.ts";
import type { DecodedFile, SavedMeta, TailPlace } from "./prebuilt-index-format.ts";
import { HEAD_FIELDS, TABLE, TABLE_FIELDS } from "./prebuilt-entry-sections.ts";

export interface EntryColumns {
  /** The entry line of an article (its JSON), read from the file. */
  readonly readEntry: (index: number) => string;
  readonly table: Uint32Array;
  readonly heads: readonly ArticleHeadValues[];
  /** Document number of each entry's first passage, quote and name; one more at the end. */
  readonly firstPassage: Uint32Array;
  readonly firstQuote: Uint32Array;
  readonly firstName: Uint32Array;
  readonly passageIds: readonly string[];
  readonly passageNumbers: Uint32Array;
  readonly passageText: (passage: number) => string;
  /** Name and its actor's name, by turns: [name0, actor0, name1, actor1, …]. */
  readonly names: readonly string[];
  /** Each name's actor's quotes and mentions in its article, by turns: [q0, m0, q1, m1, …]. */
  readonly nameCounts: Uint32Array;
}

/** An article's head fields (HEAD_FIELDS), in order. */
export type ArticleHeadValues = readonly (string | null)[];

const FORMATS = new Set(["text", "markdown"]);

/** The entries' ids must be unique, as a built library's are. */
function findDuplicateId(heads: readonly ArticleHeadValues[]): string | null {
  const seen = new Set<string | null>();
  for (const head of heads) {
    if (seen.has(head[0] ?? null)) return `article id ${String(head[0])} twice`;
    seen.add(head[0] ?? null);
  }
  return null;
}

function parseJson(bytes: Uint8Array | null): unknown {
  if (bytes === null) return null;
  try {
    return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8"));
  } catch {
    return null;
  }
}

const isHead = (value: unknown): value is ArticleHeadValues =>
  Array.isArray(value) &&
  value.length === HEAD_FIELDS.length &&
  value.every((field, at) =>
    at < 3 ? typeof field === "string" : field === null || typeof field === "string",
  ) &&
  FORMATS.has(String(value[HEAD_FIELDS.indexOf("format")]));

/** Running totals of one table column: where each entry's documents start. */
function firstDocuments(table: Uint32Array, count: number, column: number): Uint32Array {
  const first = new Uint32Array(count + 1);
  for (let at = 0; at < count; at++) {
    first[at + 1] = (first[at] ?? 0) + (table[at * TABLE_FIELDS + column] ?? 0);
  }
  return first;
}

/**
 * Why the entry lines are not laid end to end (each with its newline), filling the section, or
 * null. A line is read whole when its article is: one that is not JSON fails its check then.
 */
function checkLines(table: Uint32Array, count: number, sectionLength: number): string | null {
  let expected = 0;
  for (let at = 0; at < count; at++) {
    const start = table[at * TABLE_FIELDS + TABLE.start] ?? 0;
    const length = table[at * TABLE_FIELDS + TABLE.length] ?? 0;
    if (start !== expected) return "entry lines misplaced";
    expected = start + length + 1;
  }
  return expected === sectionLength ? null : "entry lines misplaced";
}

/** The file's tail (passage texts, then entries), read when needed: see byte-source.ts. */
export interface Tail {
  readonly source: ByteSource;
  readonly place: TailPlace;
}

export function readEntryColumns(
  file: DecodedFile,
  tail: Tail,
  meta: SavedMeta,
): Result<EntryColumns, string> {
  const count = meta.entryCount;
  const tableBytes = file.section("entries.table");
  const table = tableBytes === null ? null : readIntegers(tableBytes);
  if (table === null || table.length !== count * TABLE_FIELDS) return fail("bad entry table");
  const [entriesAt, entriesLength] = tail.place.entries;
  const lines = checkLines(table, count, entriesLength);
  if (lines !== null) return fail(lines);
  const heads = parseJson(file.section("entries.heads"));
  if (!Array.isArray(heads) || heads.length !== count || !heads.every(isHead)) {
    return fail("bad entry heads");
  }
  const duplicate = findDuplicateId(heads);
  if (duplicate !== null) return fail(duplicate);
  const firstPassage = firstDocuments(table, count, TABLE.passages);
  const firstQuote = firstDocuments(table, count, TABLE.quotes);
  const firstName = firstDocuments(table, count, TABLE.names);
  const counts = meta.documentCounts;
  if (
    firstPassage[count] !== counts.passages ||
    firstQuote[count] !== counts.quotes ||
    firstName[count] !== counts.names ||
    count !== counts.articles
  ) {
    return fail("document counts differ from the meta");
  }
  const passages = readPassageColumns(file, tail, counts.passages);
  if (!passages.ok) return passages;
  const names = parseJson(file.section("names.docs"));
  if (
    !Array.isArray(names) ||
    names.length !== 2 * counts.names ||
    !names.every((name) => typeof name === "string")
  ) {
    return fail("bad name documents");
  }
  const countBytes = file.section("names.counts");
  const nameCounts = countBytes === null ? null : readIntegers(countBytes);
  if (nameCounts === null || nameCounts.length !== 2 * counts.names) {
    return fail("bad name counts");
  }
  return ok({
    readEntry: (index) =>
      tail.source
        .read(
          entriesAt + (table[index * TABLE_FIELDS + TABLE.start] ?? 0),
          table[index * TABLE_FIELDS + TABLE.length] ?? 0,
        )
        .toString("utf8"),
    table,
    heads,
    firstPassage,
    firstQuote,
    firstName,
    ...passages.value,
    names: names as string[],
    nameCounts,
  });
}

function readPassageColumns(
  file: DecodedFile,
  tail: Tail,
  count: number,
): Result<Pick<EntryColumns, "passageIds" | "passageNumbers" | "passageText">, string> {
  const [textAt, textLength] = tail.place.text;
  const startBytes = file.section("passages.textStarts");
  const starts = startBytes === null ? null : readIntegers(startBytes);
  const numberBytes = file.section("passages.n");
  const passageNumbers = numberBytes === null ? null : readIntegers(numberBytes);
  const idBytes = file.section("passages.ids");
  if (starts === null || passageNumbers === null || idBytes === null) {
    return fail("missing passage sections");
  }
  if (starts.length !== count + 1 || passageNumbers.length !== count || starts[0] !== 0) {
    return fail("bad passage offsets");
  }
  for (let at = 0; at < count; at++) {
    if ((starts[at + 1] as number) < (starts[at] as number)) return fail("bad passage offsets");
  }
  if (starts[count] !== textLength) return fail("bad passage offsets");
  const idText = Buffer.from(idBytes.buffer, idBytes.byteOffset, idBytes.length).toString("utf8");
  const passageIds = idText === "" ? [] : idText.split("\n");
  if (passageIds.length !== count) return fail("bad passage ids");
  return ok({
    passageIds,
    passageNumbers,
    passageText: (passage) => {
      const start = starts[passage] ?? 0;
      return tail.source.read(textAt + start, (starts[passage + 1] ?? 0) - start).toString("utf8");
    },
  });
}
