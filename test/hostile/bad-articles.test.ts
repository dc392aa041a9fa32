/**
 * A knowledge folder full of broken files, made by the test: start-up names each bad file and
 * its reason in one line, the good articles still load and answer, and nothing throws.
 */
import { mkdtemp, mkdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildLibrary, type Library } from "../../src/app/library/build-library.ts";
import { createDispatcher } from "../../src/interactions/dispatch.ts";

const GOOD =
  "Council Closes Bridge\nMarch 8, 2024\n\nThe council on Tuesday closed the bridge, Mayor Dana Ortiz said.\n";
const paragraphs = (count: number) =>
  Array.from(
    { length: count },
    (_, i) => `Paragraph ${i} says the bridge is old, said Ana Ruiz.`,
  ).join("\n\n");

/** Each bad file, and a word its one-line reason must contain. */
const BAD: readonly (readonly [string, string | Uint8Array, RegExp])[] = [
  ["empty.txt", "", /empty/i],
  ["blank.txt", "   \n\n\t  \n", /whitespace|empty/i],
  ["binary.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]), /binary/i],
  [
    "latin1.txt",
    new Uint8Array([...new TextEncoder().encode("Caf"), 0xe9, 0x20, 0x6e, 0x65, 0x77, 0x73]),
    /UTF-8|Latin-1/i,
  ],
  ["utf16.txt", new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]), /UTF-16/i],
  ["bad-yaml.md", "---\ntitle: [unclosed\n---\nBody text here.\n", /front matter/i],
  ["bad-date.md", "---\ntitle: A title\npublished: 2023-13-45\n---\nBody text here.\n", /date/i],
  ["list-title.md", "---\ntitle:\n  - one\n  - two\n---\nBody text here.\n", /title/i],
];

let dir: string;
let library: Library;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "roundtable-bad-"));
  const knowledge = join(dir, "knowledge");
  await mkdir(knowledge);
  await writeFile(join(knowledge, "good article ü.txt"), GOOD);
  for (const [name, content] of BAD) await writeFile(join(knowledge, name), content);
  await writeFile(join(knowledge, "huge.txt"), Buffer.alloc(50 * 1024 * 1024, 0x61));
  await writeFile(join(knowledge, "one-line.txt"), `One Long Line\n\n${"word ".repeat(200_000)}`);
  await writeFile(
    join(knowledge, "many.txt"),
    `Many Paragraphs\nMarch 8, 2024\n\n${paragraphs(10_000)}`,
  );
  await writeFile(
    join(knowledge, "quotes.txt"),
    `Quotes\n\n“This never closes, said nobody.\n\n“Unbalanced ” “ quotes ” ” everywhere.\n\nمرحبا “اقتباس” قال أحمد. 😀\u200b\u200d text.`,
  );
  await writeFile(join(dir, "outside.txt"), GOOD);
  await symlink(join(dir, "outside.txt"), join(knowledge, "link.txt"));
  library = await buildLibrary(knowledge);
}, 120_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

describe("a knowledge folder with broken files", () => {
  it.each(BAD.map(([name, , reason]) => [name, reason] as const))(
    "reports %s with its reason in one line",
    (name, reason) => {
      const problem = library.problems.find((p) => p.file === name);
      expect(problem?.message).toMatch(reason);
      expect(problem?.message).not.toContain("\n");
    },
  );

  it("refuses the 50 MB file and the symlink that points out of the folder", () => {
    expect(library.problems.map((p) => p.file)).toEqual(
      expect.arrayContaining(["huge.txt", "link.txt"]),
    );
    expect(library.kb.byId.has("link")).toBe(false);
  });

  it("loads the good articles, odd names, long lines, 10,000 paragraphs and broken quotes", () => {
    const ids = library.kb.entries.map((entry) => entry.article.id);
    expect(ids).toEqual(expect.arrayContaining(["good-article-u", "one-line", "many", "quotes"]));
    expect(library.kb.byId.get("many")?.article.passages.length).toBe(10_000);
  });

  it("still answers from the good article", async () => {
    const dispatch = createDispatcher(library.kb);
    const outcome = await dispatch({
      name: "who",
      options: { name: "Ortiz", article: "good-article-u" },
    });
    expect(outcome).toMatchObject({ kind: "answer", answer: { title: "Dana Ortiz" } });
  });
});
