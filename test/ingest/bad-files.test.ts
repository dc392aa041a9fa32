import { describe, expect, it } from "vitest";
import { ingestArticle } from "../../src/ingest/ingest-article.ts";
import { MAX_ARTICLE_BYTES } from "../../src/ingest/decode-article-bytes.ts";

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const GOOD = "Bridge Repairs\nMay 1, 2020\n\nThe council agreed to repair the bridge.";

function utf16(text: string, isLittleEndian: boolean, hasBom: boolean): Uint8Array {
  const units = [
    ...(hasBom ? [0xfeff] : []),
    ...Array.from(text, (character) => character.charCodeAt(0)),
  ];
  return Uint8Array.from(
    units.flatMap((unit) => (isLittleEndian ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff])),
  );
}

describe("files ingest refuses, each with a one-line message naming the file", () => {
  it.each([
    ["an empty file", new Uint8Array(), "notes.txt: the file is empty"],
    [
      "a file of whitespace",
      encode(" \n\t\u00a0\r\n "),
      "notes.txt: the file contains only whitespace",
    ],
    [
      "a binary file with NUL bytes",
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x00, 0x7f]),
      "notes.txt: binary file: it contains NUL bytes, not text",
    ],
    [
      "a file of control characters",
      encode(`Title\n${"\u0001\u0002abc".repeat(20)}`),
      "notes.txt: binary file: it contains 40 control characters, not text",
    ],
    [
      "UTF-16 with a little-endian BOM",
      utf16(GOOD, true, true),
      "notes.txt: not UTF-8: it is UTF-16 (little-endian byte-order mark); save it as UTF-8",
    ],
    [
      "UTF-16 with a big-endian BOM",
      utf16(GOOD, false, true),
      "notes.txt: not UTF-8: it is UTF-16 (big-endian byte-order mark); save it as UTF-8",
    ],
    [
      "UTF-16 without a BOM",
      utf16(GOOD, true, false),
      "notes.txt: not UTF-8: it looks like UTF-16 without a byte-order mark; save it as UTF-8",
    ],
    [
      "Latin-1 text",
      Uint8Array.from([...encode("Caf"), 0xe9, ...encode(" ouvert le lundi")]),
      "notes.txt: not UTF-8: invalid byte 0xE9 at offset 3 (it looks like Latin-1 or Windows-1252 text); save it as UTF-8",
    ],
    [
      "a file over 2 MB",
      new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61),
      "notes.txt: the file is 2.0 MB, larger than the 2 MB limit",
    ],
    [
      "front matter that does not parse",
      encode("---\ntitle: [unclosed\n---\nBody text here."),
      /^notes\.txt: front matter does not parse: .+$/,
    ],
    [
      "front matter that is a list",
      encode("---\n- one\n- two\n---\nBody text here."),
      /^notes\.txt: front matter does not parse: it must be a map/,
    ],
    [
      "a front-matter date that is not a day",
      encode("---\npublished: 2023-13-45\n---\nBody text here."),
      'notes.txt: front matter published "2023-13-45" is not a real date (use YYYY-MM-DD)',
    ],
    [
      "a front-matter date that is a number",
      encode("---\npublished: 20231117\n---\nBody."),
      "notes.txt: front matter published must be a date such as 2023-11-17, not the number 20231117",
    ],
    [
      "a title that is not text",
      encode("---\ntitle: [a, b]\n---\nBody text here."),
      "notes.txt: front matter title must be text, not a list",
    ],
    [
      "an unknown stance",
      encode("---\nstances:\n  Ana Ruiz: angry\n---\nBody."),
      'notes.txt: front matter stance for "Ana Ruiz" must be one of supports, opposes, neutral, mixed',
    ],
    [
      "aliases that are not a list",
      encode("---\naliases:\n  Ana Ruiz: {a: 1}\n---\nBody."),
      'notes.txt: front matter aliases for "Ana Ruiz" must be a list of names',
    ],
  ])("refuses %s", (_name, bytes, expected) => {
    const result = ingestArticle("notes.txt", bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.file).toBe("notes.txt");
    expect(result.error.message).not.toContain("\n");
    if (typeof expected === "string") expect(result.error.message).toBe(expected);
    else expect(result.error.message).toMatch(expected);
  });
});

describe("odd but usable files", () => {
  it("accepts a UTF-8 byte-order mark and leaves it out of the title", () => {
    const result = ingestArticle("notes.txt", Uint8Array.from([0xef, 0xbb, 0xbf, ...encode(GOOD)]));
    expect(result.ok && result.value.title).toBe("Bridge Repairs");
  });

  it("replaces a few stray control characters and warns", () => {
    const result = ingestArticle("notes.txt", encode(GOOD.replace("repair", "re\u0007pair")));
    expect(result.ok && result.value.passages[0]?.text).toBe(
      "The council agreed to re pair the bridge.",
    );
    expect(result.ok && result.value.warnings).toEqual(["removed 1 stray control character"]);
  });

  it("accepts a file of exactly 2 MB", () => {
    const bytes = new Uint8Array(MAX_ARTICLE_BYTES).fill(0x61);
    expect(ingestArticle("notes.txt", bytes).ok).toBe(true);
  });
});
