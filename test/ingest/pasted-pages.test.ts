/**
 * Every evaluation article pasted inside every page's chrome: the chrome of the three Wikinews
 * pastes and of the two synthetic ones (a news site, a blog) around each of the 13 clean texts,
 * with and without blank lines. Ingest must give the clean text's title and exactly its body
 * paragraphs, whichever article the chrome came with.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ingestText } from "./ingest-text.ts";

const ROOT = resolve(import.meta.dirname, "../fixtures/eval");
const CLEAN_DIRS = [join(ROOT, "wikinews"), join(ROOT, "dev/texts")];

interface CleanText {
  readonly id: string;
  readonly title: string;
  readonly dateLine: string;
  readonly body: readonly string[];
}

/**
 * The chrome before the title, between title and date line, between date line and body, and
 * after the body. A page that prints its own date line ("Published 15 August 2008, 09:12")
 * keeps it in its chrome, and the clean text's date line is not put in.
 */
interface Chrome {
  readonly name: string;
  readonly parts: readonly [string, string, string, string];
  readonly hasDateSlot: boolean;
}

const blocksOf = (text: string): string[] =>
  text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== "");

function readClean(path: string): CleanText {
  const [title = "", dateLine = "", ...body] = blocksOf(readFileSync(path, "utf8"));
  return { id: basename(path, ".txt"), title, dateLine, body };
}

const cleanTexts = CLEAN_DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => readClean(join(dir, name))),
);

function cutChrome(name: string, pastedPath: string, clean: CleanText): Chrome {
  const page = readFileSync(pastedPath, "utf8");
  const titleAt = page.indexOf(clean.title);
  const titleEnd = titleAt + clean.title.length;
  const bodyAt = page.indexOf(clean.body[0] ?? "");
  const last = clean.body.at(-1) ?? "";
  const bodyEnd = page.indexOf(last) + last.length;
  if (titleAt < 0 || bodyAt < 0) throw new Error(`cannot cut ${name}`);
  const dateAt = page.slice(0, bodyAt).indexOf(clean.dateLine, titleEnd);
  const after = page.slice(bodyEnd);
  if (dateAt < 0)
    return {
      name,
      parts: [page.slice(0, titleAt), page.slice(titleEnd, bodyAt), "", after],
      hasDateSlot: false,
    };
  return {
    name,
    parts: [
      page.slice(0, titleAt),
      page.slice(titleEnd, dateAt),
      page.slice(dateAt + clean.dateLine.length, bodyAt),
      after,
    ],
    hasDateSlot: true,
  };
}

const byId = new Map(cleanTexts.map((clean) => [clean.id, clean]));
const chromes: Chrome[] = [
  ...readdirSync(join(ROOT, "dev/pasted")).map((name) => ({ name, dir: "dev/pasted" })),
  ...readdirSync(join(ROOT, "synthetic-pasted"))
    .filter((name) => name.endsWith(".txt"))
    .map((name) => ({ name, dir: "synthetic-pasted" })),
].map(({ name, dir }) => {
  const clean = byId.get(basename(name, ".txt"));
  if (clean === undefined) throw new Error(`no clean text for ${name}`);
  return cutChrome(`${dir}/${name}`, join(ROOT, dir, name), clean);
});

function paste(chrome: Chrome, clean: CleanText, separator: string): string {
  const [before, afterTitle, afterDate, after] = chrome.parts;
  const dateLine = chrome.hasDateSlot ? clean.dateLine : "";
  const body = clean.body.join(separator);
  return `${before}${clean.title}${afterTitle}${dateLine}${afterDate}${body}${after}`;
}

describe("pasted pages: any article inside any page's chrome", () => {
  it("has five pages' chrome and thirteen articles to combine", () => {
    expect(chromes).toHaveLength(5);
    expect(cleanTexts).toHaveLength(13);
  });

  it.each(chromes.map((chrome) => [chrome.name, chrome] as const))(
    "reads every article inside the chrome of %s",
    (_name, chrome) => {
      for (const clean of cleanTexts) {
        for (const layout of ["blank lines", "no blank lines"]) {
          const pasted = paste(chrome, clean, "\n\n");
          const text = layout === "blank lines" ? pasted : pasted.replace(/\n\s*\n/g, "\n");
          const article = ingestText(text, `${clean.id}.txt`);
          const label = `${clean.id} (${layout})`;
          expect(article.title, label).toBe(clean.title);
          expect(article.published, label).not.toBeNull();
          expect(
            article.passages.map((passage) => passage.text),
            label,
          ).toEqual(clean.body.map((paragraph) => paragraph.replace(/\s+/g, " ")));
        }
      }
    },
  );
});

describe("pasted pages: the box between date line and body moved elsewhere in the head", () => {
  const withBox = chromes.filter((chrome) => chrome.parts[2].trim() !== "");

  it.each(withBox.map((chrome) => [chrome.name, chrome] as const))(
    "reads every article with the box of %s above the headline or above the date line",
    (_name, chrome) => {
      const [before, afterTitle, box, after] = chrome.parts;
      for (const clean of cleanTexts) {
        const body = clean.body.join("\n\n");
        const dateLine = chrome.hasDateSlot ? clean.dateLine : "";
        const layouts = {
          "box above the headline": `${before}${box}${clean.title}${afterTitle}${dateLine}\n\n${body}${after}`,
          "box above the date line": `${before}${clean.title}\n\n${box}${afterTitle}${dateLine}\n\n${body}${after}`,
        };
        for (const [layout, text] of Object.entries(layouts)) {
          const article = ingestText(text, `${clean.id}.txt`);
          const label = `${clean.id} (${layout})`;
          expect(article.title, label).toBe(clean.title);
          expect(article.published, label).not.toBeNull();
          expect(
            article.passages.map((passage) => passage.text),
            label,
          ).toEqual(clean.body.map((paragraph) => paragraph.replace(/\s+/g, " ")));
        }
      }
    },
  );
});
