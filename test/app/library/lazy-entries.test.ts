/**
 * A library read from the prebuilt index parses an article only when something reads it. These
 * tests count what is read: searching, autocompleting and finding a speaker open only the
 * articles they answer from, and every section the searches read without opening an article is
 * checked against the article when it is opened.
 */
import { describe, expect, it } from "vitest";
import { answerSearch } from "../../../src/answer/search.ts";
import { suggestActors } from "../../../src/answer/autocomplete.ts";
import { answerQuotes } from "../../../src/answer/quotes.ts";
import { answerTimeline } from "../../../src/answer/timeline.ts";
import { answerWho } from "../../../src/answer/who.ts";
import { entryOf } from "../../../src/app/library/lazy-documents.ts";
import { decodePrebuiltIndex } from "../../../src/app/library/prebuilt-index-decode.ts";
import { encodeLibrary } from "../../../src/app/library/prebuilt-index.ts";
import type { KnowledgeBase } from "../../../src/knowledge-base/knowledge-base.ts";
import { crc32 } from "node:zlib";
import { buildLibraryKb } from "../../support/fixture-kb.ts";

const KEY = "test-key";

/** The fixture library as a prebuilt index file's bytes. */
function encode(kb: KnowledgeBase): Buffer {
  return Buffer.concat(encodeLibrary(KEY, { kb, problems: [], warnings: [] }).pieces);
}

/** Decodes `bytes`; `parsed()` says how many articles are parsed and kept now. */
function open(bytes: Uint8Array, maxRecentEntries?: number) {
  const decoded = decodePrebuiltIndex(
    bytes,
    KEY,
    maxRecentEntries === undefined ? {} : { maxRecentEntries },
  );
  if (!decoded.ok) throw new Error(decoded.error.message);
  return { library: decoded.value, parsed: () => decoded.value.parsedCount?.() ?? -1 };
}

describe("entryOf", () => {
  it("finds the entry holding a document, past entries with none", () => {
    // Entry 0 has no documents, entry 1 has 3, entry 2 none, entry 3 has 2.
    const first = Uint32Array.from([0, 0, 3, 3, 5]);
    expect([0, 1, 2, 3, 4].map((document) => entryOf(first, document))).toEqual([1, 1, 1, 3, 3]);
  });
});

describe("a library read from the prebuilt index", () => {
  const kb = buildLibraryKb();
  const bytes = encode(kb);

  it("answers as the library it was written from", () => {
    const { library } = open(bytes);
    for (const query of ["inspectors deck", "report 2021"]) {
      expect(answerSearch(library.kb, { query })).toEqual(answerSearch(kb, { query }));
    }
    expect(suggestActors(library.kb, "Or")).toEqual(suggestActors(kb, "Or"));
    expect(answerQuotes(library.kb, { speaker: "Brandt" })).toEqual(
      answerQuotes(kb, { speaker: "Brandt" }),
    );
    expect(library.verifySync?.()).toBeNull();
  });

  it("searches and autocompletes without parsing any article", () => {
    const { library, parsed } = open(bytes);
    expect(answerSearch(library.kb, { query: "inspectors deck" }).sections).not.toEqual([]);
    expect(suggestActors(library.kb, "Or")).not.toEqual([]);
    expect(parsed()).toBe(0);
  });

  it("finds a speaker's quotes by opening only the articles that quote them", () => {
    const { library, parsed } = open(bytes);
    const quoting = kb.entries.filter((entry) =>
      entry.analysis.actors.some(
        (actor) =>
          actor.name.includes("Ortiz") &&
          entry.analysis.quotes.some((quote) => quote.speakerId === actor.id),
      ),
    );
    const naming = kb.entries.filter((entry) =>
      entry.analysis.actors.some((actor) => actor.name.includes("Ortiz")),
    );
    expect(quoting.length).toBeLessThan(naming.length);
    expect(answerQuotes(library.kb, { speaker: "Ortiz" }).sections).not.toEqual([]);
    expect(parsed()).toBe(quoting.length);
    // Named but never quoted: said from the counts, with no article opened.
    expect(answerQuotes(library.kb, { speaker: "Priya Nair" }).hint).toContain("never quoted");
    expect(parsed()).toBe(quoting.length);
  });

  it("profiles a person and draws their timeline opening only the articles naming them", () => {
    const { library, parsed } = open(bytes);
    const naming = kb.entries.filter((entry) =>
      entry.analysis.actors.some((actor) => actor.name === "Priya Nair"),
    );
    expect(naming).toHaveLength(1);
    expect(answerWho(library.kb, { name: "Nair" }).title).toBe("Priya Nair");
    expect(answerTimeline(library.kb, { actor: "Priya Nair" })).toEqual(
      answerTimeline(kb, { actor: "Priya Nair" }),
    );
    expect(parsed()).toBe(1);
  });

  it("keeps at most so many parsed articles, and answers the same when it parses one again", () => {
    const { library, parsed } = open(bytes, 1);
    const before = answerQuotes(library.kb, { about: "deck" });
    for (const entry of library.kb.entries) expect(entry.analysis.actors.length).toBeGreaterThan(0);
    expect(parsed()).toBe(1);
    expect(answerQuotes(library.kb, { about: "deck" })).toEqual(before);
    expect(answerQuotes(library.kb, { about: "deck" })).toEqual(
      answerQuotes(kb, { about: "deck" }),
    );
  });

  it.each([
    ["entries.heads", "a head field"],
    ["names.docs", "a name"],
    ["passages.text", "a passage text"],
  ])("reports %s (%s) that differs from its article", (section, _what) => {
    // The section's first capital letter, lower-cased: same length, still well-formed.
    const forged = editSection(bytes, section, (text) =>
      text.replace(/[A-Z]/u, (c) => c.toLowerCase()),
    );
    expect(forged.equals(bytes)).toBe(false);
    const decoded = decodePrebuiltIndex(resealed(forged), KEY);
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.value.verifySync?.()).toMatch(/^the prebuilt index is corrupt \(entry 1: /u);
  });

  it.each([
    [0, "quotes"],
    [4, "mentions"],
  ])("reports a saved count (byte %i: %s) that differs from its article", (offset) => {
    const forged = Buffer.from(bytes);
    const at = sectionOf(forged, "names.counts")[0] + offset;
    forged.writeUInt32LE(forged.readUInt32LE(at) + 1, at);
    const decoded = decodePrebuiltIndex(resealed(forged), KEY);
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.value.verifySync?.()).toBe(
      "the prebuilt index is corrupt (entry 1: name counts differ)",
    );
  });

  it("finds a word of the forward index that is no term, in its check after opening", () => {
    const forged = Buffer.from(bytes);
    forged.writeUInt32LE(0x7fffffff, sectionOf(forged, "passages.words")[0]);
    const decoded = decodePrebuiltIndex(resealed(forged), KEY);
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.value.verifySync?.()).toBe(
      "the prebuilt index is corrupt (passages index: a word out of the vocabulary)",
    );
  });

  it("refuses at once an entry table that does not lay the lines end to end", () => {
    const forged = Buffer.from(bytes);
    // The second entry's start (the table's sixth number), one byte late.
    const at = sectionOf(forged, "entries.table")[0] + 5 * 4;
    forged.writeUInt32LE(forged.readUInt32LE(at) + 1, at);
    const decoded = decodePrebuiltIndex(resealed(forged), KEY);
    expect(decoded).toMatchObject({ ok: false, error: { kind: "corrupt" } });
    if (!decoded.ok) expect(decoded.error.message).toContain("entry lines misplaced");
  });
});

/** The payload offset and length of a section. */
function sectionOf(bytes: Buffer, name: string): [number, number] {
  const newline = bytes.indexOf(10);
  const header = JSON.parse(bytes.subarray(0, newline).toString("utf8")) as {
    sections: Record<string, [number, number]>;
  };
  const [at, length] = header.sections[name] ?? [0, 0];
  return [newline + 1 + at, length];
}

/** `bytes` with one section's text edited (to the same length). */
function editSection(bytes: Buffer, name: string, edit: (text: string) => string): Buffer {
  const [at, length] = sectionOf(bytes, name);
  const edited = Buffer.from(edit(bytes.subarray(at, at + length).toString("latin1")), "latin1");
  expect(edited.length).toBe(length);
  return Buffer.concat([bytes.subarray(0, at), edited, bytes.subarray(at + length)]);
}

/** The file with its checksum recomputed over the (edited) payload. */
function resealed(bytes: Buffer): Buffer {
  const newline = bytes.indexOf(10);
  const header = JSON.parse(bytes.subarray(0, newline).toString("utf8")) as Record<string, unknown>;
  const payload = bytes.subarray(newline + 1);
  return Buffer.concat([
    Buffer.from(`${JSON.stringify({ ...header, crc32: crc32(payload) })}\n`),
    payload,
  ]);
}
