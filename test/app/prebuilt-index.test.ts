import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { answerSearch } from "../../src/answer/search.ts";
import { suggestActors } from "../../src/answer/autocomplete.ts";
import { answerQuotes } from "../../src/answer/quotes.ts";
import { buildLibrary } from "../../src/app/library/build-library.ts";
import { computeIndexKey } from "../../src/app/prebuilt-index-key.ts";
import { decodePrebuiltIndex } from "../../src/app/prebuilt-index.ts";
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

describe("decodePrebuiltIndex", () => {
  it("rejects content that does not match the model even when its checksum does", async () => {
    await buildLibrary(dir, { indexFile, isSavingIndex: true });
    const bytes = await readFile(indexFile);
    const newline = bytes.indexOf(10);
    const header = JSON.parse(bytes.subarray(0, newline).toString("utf8")) as Record<
      string,
      unknown
    >;
    const payload = Buffer.from(
      bytes
        .subarray(newline + 1)
        .toString("utf8")
        .replace('"format":"markdown"', '"format":"pdf"'),
    );
    const forged = Buffer.concat([
      Buffer.from(
        `${JSON.stringify({ ...header, bytes: payload.length, sha256: createHash("sha256").update(payload).digest("hex") })}\n`,
      ),
      payload,
    ]);
    const decoded = decodePrebuiltIndex(forged, await computeIndexKey(dir));
    expect(decoded).toMatchObject({ ok: false, error: { kind: "corrupt" } });
    if (!decoded.ok)
      expect(decoded.error.message).toContain("entry 1: does not match the model (article.format:");
  });
});
