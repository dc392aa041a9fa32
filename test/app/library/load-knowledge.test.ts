import { mkdtemp, mkdir, rm, symlink, truncate, writeFile } from "node:fs/promises";
import { execFile } from "node:child_process";
import { tmpdir } from "node:os";
import { promisify } from "node:util";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadArticleFile, loadKnowledge } from "../../../src/app/library/load-knowledge.ts";
import { MAX_ARTICLE_BYTES } from "../../../src/ingest/decode-article-bytes.ts";

const STORY = "Bridge Repairs\nMay 1, 2020\n\nThe council agreed to repair the bridge.\n";
let dir = "";

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "roundtable-load-"));
  const files: Record<string, string | Uint8Array> = {
    "b-story.txt": STORY,
    "a-curated.md": "---\ntitle: Curated\npublished: 2021-01-02\n---\nBody text.\n",
    "c-empty.txt": "",
    "d-binary.txt": Uint8Array.from([0x00, 0x01, 0x02, 0x03]),
    "e-bad-front-matter.md": "---\ntitle: [oops\n---\nBody.\n",
    "f-latin1.txt": Uint8Array.from([0x43, 0x61, 0x66, 0xe9]),
    "notes.json": "{}",
    README: STORY,
    "B Story.TXT": STORY,
  };
  for (const [name, content] of Object.entries(files))
    await writeFile(path.join(dir, name), content);
  await writeFile(path.join(dir, "g-too-big.txt"), "");
  await truncate(path.join(dir, "g-too-big.txt"), MAX_ARTICLE_BYTES + 1);
  await symlink(path.join(dir, "b-story.txt"), path.join(dir, "h-link.txt"));
  await mkdir(path.join(dir, "i-folder.md"));
  // A FIFO would block a plain open(); it must be refused without being opened.
  await promisify(execFile)("mkfifo", [path.join(dir, "j-pipe.txt")]);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("loadKnowledge", () => {
  it("loads the good files, sorted by name, and reports every bad one", async () => {
    const { articles, problems } = await loadKnowledge(dir);
    expect(articles.map((article) => [article.fileName, article.id, article.title])).toEqual([
      ["B Story.TXT", "b-story", "Bridge Repairs"],
      ["a-curated.md", "a-curated", "Curated"],
    ]);
    expect(problems).toEqual([
      {
        file: "b-story.txt",
        message: 'b-story.txt: article id "b-story" is already used by B Story.TXT; skipped',
      },
      { file: "c-empty.txt", message: "c-empty.txt: the file is empty" },
      {
        file: "d-binary.txt",
        message: "d-binary.txt: binary file: it contains NUL bytes, not text",
      },
      {
        file: "e-bad-front-matter.md",
        message: expect.stringMatching(/^e-bad-front-matter\.md: front matter does not parse: /),
      },
      {
        file: "f-latin1.txt",
        message: expect.stringMatching(/^f-latin1\.txt: not UTF-8: invalid byte 0xE9 at offset 3/),
      },
      {
        file: "g-too-big.txt",
        message: "g-too-big.txt: the file is 2.0 MB, larger than the 2 MB limit",
      },
      { file: "h-link.txt", message: "h-link.txt: is a symbolic link; links are not followed" },
      { file: "i-folder.md", message: "i-folder.md: is a folder, not a file" },
      { file: "j-pipe.txt", message: "j-pipe.txt: is not a regular file" },
    ]);
  });

  it("reports a missing folder as one problem", async () => {
    const missing = path.join(dir, "nope");
    expect(await loadKnowledge(missing)).toEqual({
      articles: [],
      problems: [{ file: missing, message: `${missing}: no such file or folder` }],
    });
  });

  it("loads the shipped knowledge folder without problems", async () => {
    const { articles, problems } = await loadKnowledge("knowledge");
    expect(problems).toEqual([]);
    expect(articles.map((article) => article.id)).toContain("fentanyl-ifs");
  });
});

describe("loadArticleFile", () => {
  it("follows a link only when asked", async () => {
    const link = path.join(dir, "h-link.txt");
    const followed = await loadArticleFile(link, "h-link.txt", { isFollowingSymlinks: true });
    expect(followed.ok && followed.value.title).toBe("Bridge Repairs");
    const refused = await loadArticleFile(link, "h-link.txt", { isFollowingSymlinks: false });
    expect(refused).toEqual({
      ok: false,
      error: {
        file: "h-link.txt",
        message: "h-link.txt: is a symbolic link; links are not followed",
      },
    });
  });
});
