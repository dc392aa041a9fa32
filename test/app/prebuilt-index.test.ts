import { execFileSync } from "node:child_process";
import { chmod, mkdir, mkdtemp, open, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { crc32 } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { answerSearch } from "../../src/answer/search.ts";
import { suggestActors } from "../../src/answer/autocomplete.ts";
import { answerQuotes } from "../../src/answer/quotes.ts";
import { buildLibrary } from "../../src/app/library/build-library.ts";
import { computeIndexKey } from "../../src/app/library/prebuilt-index-key.ts";
import { computeIndexKeyAside, computeKeyInWorker } from "../../src/app/library/index-key-aside.ts";
import { readPrebuiltIndex } from "../../src/app/library/prebuilt-index.ts";
import { decodePrebuiltIndex } from "../../src/app/library/prebuilt-index-decode.ts";
import { CorruptEntryError } from "../../src/app/library/lazy-entries.ts";
import type { KnowledgeBase } from "../../src/knowledge-base/knowledge-base.ts";

const HARBOR = `---
title: Council Votes to Close Old Harbor Bridge
author: Sam Reporter
published: 2024-03-08
---

The Millbrook town council on Tuesday voted to close the Old Harbor Bridge to cars, citing a safety report.

“The inspectors told us the deck could fail within two years,” Mayor Dana Ortiz said.

Shop owner Luis Brandt called the closure a disaster for Main Street.
`;

const PARK = `---
title: Riverside Park Reopens
author: Sam Reporter
published: 2024-04-02
---

Riverside Park reopened on Saturday after a year of repairs to its fountains and paths.

“Families have waited long enough,” said parks director Helen Okafor.
`;

let dir: string;
let indexFile: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "roundtable-index-"));
  await writeFile(path.join(dir, "harbor.md"), HARBOR);
  await writeFile(path.join(dir, "park.md"), PARK);
  indexFile = path.join(dir, "cache", "knowledge-index.json");
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What users would see from a knowledge base, for comparing a loaded one with a fresh one. */
function answerAll(kb: KnowledgeBase): unknown {
  return {
    search: answerSearch(kb, { query: "inspecters deck" }),
    fountains: answerSearch(kb, { query: "fountians paths" }),
    quotes: answerQuotes(kb, { about: "families waited" }),
    actors: suggestActors(kb, "Ok"),
  };
}

async function flipByte(file: string, fromEnd: number): Promise<void> {
  const bytes = await readFile(file);
  const at = bytes.length - fromEnd;
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
  await writeFile(file, bytes);
}

describe("buildLibrary with a prebuilt index", () => {
  it("builds and saves when there is no index, then loads it, answering the same", async () => {
    const first = await buildLibrary(dir, { indexFile, isSavingIndex: true });
    expect(first.index.source).toBe("built");
    expect(first.index.message).toContain(`no prebuilt index at ${indexFile}`);
    expect(first.index.message).toContain(`saved it to ${indexFile}`);
    const second = await buildLibrary(dir, { indexFile, isSavingIndex: true });
    expect(second.index).toEqual({
      source: "prebuilt",
      message: `loaded the prebuilt index ${indexFile}`,
    });
    const fresh = await buildLibrary(dir, { indexFile: null });
    expect(answerAll(second.kb)).toEqual(answerAll(fresh.kb));
    const [found] = answerSearch(second.kb, { query: "inspecters deck" }).sections[0]?.items ?? [];
    expect(found?.citations[0]).toMatchObject({ articleId: "harbor", passage: "p2" });
    expect(second.warnings).toEqual(fresh.warnings);
  });

  it("loads a library with empty indices (no quotes at all) from its prebuilt index", async () => {
    await rm(path.join(dir, "harbor.md"));
    await writeFile(
      path.join(dir, "park.md"),
      PARK.replace(/\n“Families.*\n/u, "\nThe fountains were repaired over the winter.\n"),
    );
    const first = await buildLibrary(dir, { indexFile, isSavingIndex: true });
    expect(first.kb.indices.quotes.documentCount).toBe(0);
    const second = await buildLibrary(dir, { indexFile });
    expect(second.index.source).toBe("prebuilt");
    expect(answerAll(second.kb)).toEqual(answerAll(first.kb));
  });

  it("rebuilds, saying so, when a knowledge file changed", async () => {
    await buildLibrary(dir, { indexFile, isSavingIndex: true });
    await writeFile(path.join(dir, "park.md"), PARK.replace("Saturday", "Sunday"));
    const changed = await buildLibrary(dir, { indexFile, isSavingIndex: true });
    expect(changed.index.source).toBe("built");
    expect(changed.index.message).toContain("the prebuilt index is stale");
    const passages = changed.kb.byId.get("park")?.article.passages.map((p) => p.text);
    expect(passages?.[0]).toContain("on Sunday");
    expect((await buildLibrary(dir, { indexFile, isSavingIndex: true })).index.source).toBe(
      "prebuilt",
    );
  });

  it("rebuilds when a file is added", async () => {
    await buildLibrary(dir, { indexFile, isSavingIndex: true });
    await writeFile(path.join(dir, "copy.md"), PARK.replace("Riverside", "Lakeside"));
    const added = await buildLibrary(dir, { indexFile, isSavingIndex: true });
    expect(added.index.message).toContain("stale");
    expect(added.kb.entries).toHaveLength(3);
  });

  it("never trusts a file with a flipped byte", async () => {
    await buildLibrary(dir, { indexFile, isSavingIndex: true });
    await flipByte(indexFile, 100);
    const flipped = await buildLibrary(dir, { indexFile, isSavingIndex: true });
    expect(flipped.index.source).toBe("built");
    expect(flipped.index.message).toContain("the prebuilt index is corrupt (checksum mismatch)");
    expect(answerAll(flipped.kb)).toEqual(
      answerAll((await buildLibrary(dir, { indexFile: null })).kb),
    );
    expect((await buildLibrary(dir, { indexFile, isSavingIndex: true })).index.source).toBe(
      "prebuilt",
    );
  });

  it.each([
    ["an empty file", ""],
    ["a file with no header line", "not an index"],
    ["a header that is not JSON", "{oops\n{}"],
  ])("reports %s as corrupt", async (_name, content) => {
    await buildLibrary(dir, { indexFile, isSavingIndex: true });
    await writeFile(indexFile, content);
    const library = await buildLibrary(dir, { indexFile, isSavingIndex: true });
    expect(library.index.message).toMatch(/^the prebuilt index is corrupt/);
  });

  it("writes nothing unless asked to save", async () => {
    const library = await buildLibrary(dir, { indexFile });
    expect(library.index.message).toBe(
      `no prebuilt index at ${indexFile}: rebuilt from the knowledge files`,
    );
    await expect(readFile(indexFile)).rejects.toThrow();
  });

  it("reports a save it could not make, and still answers", async () => {
    await writeFile(path.join(dir, "blocker"), "a file where a folder should be");
    const blocked = path.join(dir, "blocker", "knowledge-index.json");
    const library = await buildLibrary(dir, { indexFile: blocked, isSavingIndex: true });
    expect(library.index.message).toContain(`could not save it to ${blocked}`);
    expect(library.kb.entries).toHaveLength(2);
  });
});

/** The file with `edit` applied to its payload (same length) and the checksum recomputed. */
function reseal(bytes: Buffer, edit: (payload: string) => string): Buffer {
  const newline = bytes.indexOf(10);
  const header = JSON.parse(bytes.subarray(0, newline).toString("utf8")) as Record<string, unknown>;
  const payload = Buffer.from(edit(bytes.subarray(newline + 1).toString("latin1")), "latin1");
  expect(payload.length).toBe(bytes.length - newline - 1);
  const line = JSON.stringify({ ...header, crc32: crc32(payload) });
  return Buffer.concat([Buffer.from(`${line}\n`), payload]);
}

describe("decodePrebuiltIndex", () => {
  it("rejects content that does not match the model even when its checksum does", async () => {
    await buildLibrary(dir, { indexFile, isSavingIndex: true });
    const forged = reseal(await readFile(indexFile), (payload) =>
      payload.replace('"format":"markdown"', '"format":"markdowx"'),
    );
    const decoded = decodePrebuiltIndex(forged, await computeIndexKey(dir));
    if (!decoded.ok) throw new Error(decoded.error.message);
    // Opening parses no article; checking them finds it, and so does reading it.
    expect(decoded.value.verifySync?.()).toContain(
      "entry 1: does not match the model (article.format:",
    );
    expect(() => decoded.value.kb.entries[0]?.analysis).toThrow(CorruptEntryError);
    const library = await buildLibrary(dir, { indexFile: null });
    await writeFile(indexFile, forged);
    const rebuilt = await buildLibrary(dir, { indexFile });
    expect(rebuilt.index.message).toContain("does not match the model");
    expect(answerAll(rebuilt.kb)).toEqual(answerAll(library.kb));
  });

  it("never lets a quote show words its passage does not hold, checksum or not", async () => {
    await buildLibrary(dir, { indexFile, isSavingIndex: true });
    const original = await readFile(indexFile);
    const forged = reseal(original, (payload) =>
      payload.replace('"text":"The inspectors told us', '"text":"The volunteers told us'),
    );
    expect(forged.equals(original)).toBe(false);
    const decoded = decodePrebuiltIndex(forged, await computeIndexKey(dir));
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.value.verifySync?.()).toMatch(/harbor: quote q\d+ is not the text of p2/u);
    expect(() => answerQuotes(decoded.value.kb, { about: "deck" })).toThrow(CorruptEntryError);
    await writeFile(indexFile, forged);
    const library = await buildLibrary(dir, { indexFile });
    expect(library.index.source).toBe("built");
    expect(JSON.stringify(answerQuotes(library.kb, { about: "deck" }))).not.toContain("volunteers");
  });

  it("refuses passage texts that differ from their article, checksum or not", async () => {
    await buildLibrary(dir, { indexFile, isSavingIndex: true });
    // The passage section comes before the entries: the first "fountains" is the section's.
    const forged = reseal(await readFile(indexFile), (payload) =>
      payload.replace("its fountains and paths", "its fountains and PATHS"),
    );
    const decoded = decodePrebuiltIndex(forged, await computeIndexKey(dir));
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.value.verifySync?.()).toContain("passage texts differ");
    await writeFile(indexFile, forged);
    expect((await buildLibrary(dir, { indexFile })).index.message).toContain(
      "passage texts differ",
    );
  });

  it("serves a large library at once, checks it behind, and swaps in a rebuild if it fails", async () => {
    const fresh = await buildLibrary(dir, { indexFile: null });
    await buildLibrary(dir, { indexFile, isSavingIndex: true });
    const forged = reseal(await readFile(indexFile), (payload) =>
      payload.replace('"text":"The inspectors told us', '"text":"The volunteers told us'),
    );
    await writeFile(indexFile, forged);
    let swapped: Awaited<ReturnType<typeof buildLibrary>> | null = null;
    const rebuilt = new Promise<void>((resolve) => {
      void buildLibrary(dir, {
        indexFile,
        verifyBeforeServingBytes: 0,
        onAllRead: (library) => {
          swapped = library;
          resolve();
        },
      }).then((served) => {
        expect(served.index.source).toBe("prebuilt");
        // Served before its check: what it shows never includes the forged words.
        expect(() => answerQuotes(served.kb, { about: "deck" })).toThrow(CorruptEntryError);
      });
    });
    await rebuilt;
    const library = swapped as unknown as Awaited<ReturnType<typeof buildLibrary>>;
    expect(library.index.message).toMatch(
      /quote q\d+ is not the text of p2 at its span\): rebuilt/u,
    );
    expect(answerAll(library.kb)).toEqual(answerAll(fresh.kb));
  });

  it("checksums a large library's tail in the background, and rebuilds when it fails", async () => {
    await buildLibrary(dir, { indexFile, isSavingIndex: true });
    // The last bytes are the last article's line: flipped, not resealed.
    await flipByte(indexFile, 100);
    const rebuilt = new Promise<Awaited<ReturnType<typeof buildLibrary>>>((resolve) => {
      void buildLibrary(dir, { indexFile, verifyBeforeServingBytes: 0, onAllRead: resolve }).then(
        (served) => expect(served.index.source).toBe("prebuilt"),
      );
    });
    const library = await rebuilt;
    expect(library.index.message).toBe(
      "the prebuilt index is corrupt (checksum mismatch): rebuilt from the knowledge files",
    );
    expect(library.kb.entries).toHaveLength(2);
  });

  it("reads an index whose sections are not aligned in memory (a copy, same answers)", async () => {
    await buildLibrary(dir, { indexFile, isSavingIndex: true });
    const bytes = await readFile(indexFile);
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    const decoded = decodePrebuiltIndex(shifted, await computeIndexKey(dir));
    expect(decoded.ok).toBe(true);
    if (decoded.ok) {
      expect(answerAll(decoded.value.kb)).toEqual(
        answerAll((await buildLibrary(dir, { indexFile: null })).kb),
      );
    }
  });
});

describe("reading the prebuilt index through the guarded reader", () => {
  it("refuses a FIFO at once instead of waiting for a writer", async () => {
    execFileSync("mkfifo", [indexFile.replace("cache/", "")]);
    const library = await buildLibrary(dir, { indexFile: indexFile.replace("cache/", "") });
    expect(library.index.source).toBe("built");
    expect(library.index.message).toContain("(is not a regular file)");
  });

  it("refuses a link to /dev/zero without reading it", async () => {
    await mkdir(path.dirname(indexFile), { recursive: true });
    await symlink("/dev/zero", indexFile);
    const library = await buildLibrary(dir, { indexFile });
    expect(library.index.message).toBe(
      `no prebuilt index at ${indexFile} (is not a regular file): rebuilt from the knowledge files`,
    );
    expect(library.kb.entries).toHaveLength(2);
  });
});

describe("the key computed beside the read", () => {
  it("is the key computed here, from a worker thread", async () => {
    expect(await computeKeyInWorker(dir)).toBe(await computeIndexKey(dir));
    expect(await computeIndexKeyAside(dir)).toBe(await computeIndexKey(dir));
  });

  it("rejects as stale an index whose key, known only after the read, differs", async () => {
    await buildLibrary(dir, { indexFile, isSavingIndex: true });
    const current = await readPrebuiltIndex(indexFile, Promise.resolve(await computeIndexKey(dir)));
    expect(current.ok).toBe(true);
    const other = await readPrebuiltIndex(indexFile, Promise.resolve("another key"));
    expect(other).toMatchObject({ ok: false, error: { kind: "stale" } });
  });
});

describe("computeIndexKey", () => {
  it("names files it cannot use instead of crashing, and agrees with the loader", async () => {
    const before = await computeIndexKey(dir);
    await symlink(path.join(dir, "nowhere.md"), path.join(dir, "vanished.md"));
    execFileSync("mkfifo", [path.join(dir, "pipe.md")]);
    await mkdir(path.join(dir, "folder.md"));
    // Sparse: 3 GiB on paper, nothing on disk; it must be skipped, never read.
    const huge = await open(path.join(dir, "huge.txt"), "w");
    await huge.truncate(3 * 1024 ** 3);
    await huge.close();
    await writeFile(path.join(dir, "locked.md"), PARK.replace("Riverside", "Lockside"));
    await chmod(path.join(dir, "locked.md"), 0o000);
    const with5 = await computeIndexKey(dir);
    expect(with5).toMatch(/^[0-9a-f]{64}$/u);
    expect(with5).not.toBe(before);
    expect(await computeIndexKey(dir)).toBe(with5);
    const library = await buildLibrary(dir, { indexFile, isSavingIndex: true });
    expect(library.problems.map((problem) => problem.file).sort()).toEqual(
      expect.arrayContaining(["folder.md", "huge.txt", "pipe.md", "vanished.md"]),
    );
    expect((await buildLibrary(dir, { indexFile })).index.source).toBe("prebuilt");
  });
});
