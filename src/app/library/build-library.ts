/**
 * Loads the knowledge folder, analyses every article and builds the knowledge base, once; or
 * loads the prebuilt index when it was built from the same files by the same code.
 */
import path from "node:path";
import { buildKnowledgeBase } from "../../knowledge-base/build-knowledge-base.ts";
import type { KnowledgeBase } from "../../knowledge-base/knowledge-base.ts";
import type { Article } from "../../model/article.ts";
import { analyzeArticleInPool } from "../extraction-pool/analyze-in-pool.ts";
import type { ExtractionResult } from "../extraction-pool/extraction-pool.ts";
import { startIndexKey } from "./index-key-aside.ts";
import {
  readPrebuiltIndex,
  writePrebuiltIndex,
  type IndexRejection,
  type SavedLibrary,
} from "./prebuilt-index.ts";
import type { Result } from "../../model/result.ts";
import { fail, ok } from "../../model/result.ts";
import { loadKnowledge, type LoadProblem } from "./load-knowledge.ts";

/** Where `npm run build-index` writes and `npm start` looks, relative to the working folder. */
export const DEFAULT_INDEX_FILE = path.join(".cache", "knowledge-index.json");

/** Where the knowledge base came from, in a sentence the caller logs. */
export interface IndexReport {
  readonly source: "prebuilt" | "built";
  readonly message: string;
}

export interface Library {
  readonly kb: KnowledgeBase;
  /** Files that could not be used, each named with its reason. */
  readonly problems: readonly LoadProblem[];
  /** Per-article doubts, "fentanyl-ifs: no publication date found…". */
  readonly warnings: readonly string[];
  readonly index: IndexReport;
  /**
   * Each server's knowledge base (bundled plus its own articles) when a store is open; without
   * it every request answers from `kb`.
   */
  readonly knowledgeFor?: (guildId: string | null) => Promise<KnowledgeBase>;
  /** Files still being read when this library was served; `onAllRead` brings them in. */
  readonly stillReading?: readonly string[];
}

export interface LibraryOptions {
  /** The prebuilt index file; null builds from the files without looking for one. */
  readonly indexFile?: string | null;
  /**
   * Save a rebuilt knowledge base as the prebuilt index for the next start. Off by default:
   * start-up writes no files, and `npm run build-index` is what writes a fresh index.
   */
  readonly isSavingIndex?: boolean;
  /**
   * Serve what is read within this many ms and bring in the rest when it is read (through
   * `onAllRead`), so one slow article does not hold start-up. Absent: wait for every article.
   */
  readonly readyWithinMs?: number;
  /** Articles of a prebuilt library up to this many bytes are checked before it is served. */
  readonly verifyBeforeServingBytes?: number;
  /**
   * Told once with the whole library when articles were still being read at `readyWithinMs`,
   * or with a library rebuilt because a large prebuilt one failed its background check.
   */
  readonly onAllRead?: (library: Library) => void;
}

type Analysed = Omit<Library, "index">;

/** The knowledge base of the articles read so far; refusals become problems. */
function assemble(
  articles: readonly Article[],
  results: readonly (ExtractionResult | undefined)[],
  loadProblems: readonly LoadProblem[],
): Analysed {
  const problems = [...loadProblems];
  const entries = results.flatMap((result) => (result?.ok === true ? [result.value] : []));
  results.forEach((result, i) => {
    const file = articles[i]?.fileName ?? "";
    if (result?.ok === false) problems.push({ file, message: `${file}: ${result.error}` });
  });
  const warnings = entries.flatMap(({ article, analysis }) =>
    [...article.warnings, ...analysis.warnings].map((warning) => `${article.fileName}: ${warning}`),
  );
  const stillReading = articles.filter((_, i) => results[i] === undefined).map((a) => a.fileName);
  return { kb: buildKnowledgeBase(entries), problems, warnings, stillReading };
}

/** Ingest + extract + index, always from the files. */
export async function analyzeKnowledge(
  knowledgeDir: string,
  options: Pick<LibraryOptions, "readyWithinMs" | "onAllRead"> = {},
): Promise<Analysed> {
  const { articles, problems } = await loadKnowledge(knowledgeDir);
  // Extraction runs in the worker pool: an article over its time budget becomes a problem.
  const jobs = articles.map((article) => analyzeArticleInPool(article));
  const all = Promise.all(jobs);
  const wait = options.readyWithinMs;
  if (wait === undefined) return assemble(articles, await all, problems);
  const settled: (ExtractionResult | undefined)[] = articles.map(() => undefined);
  jobs.forEach((job, i) => void job.then((result) => (settled[i] = result)));
  let timer: NodeJS.Timeout | undefined;
  const isAllRead = await Promise.race([
    all.then(() => true),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), wait);
    }),
  ]);
  clearTimeout(timer);
  if (isAllRead) return assemble(articles, await all, problems);
  void all.then((results) =>
    options.onAllRead?.({
      ...assemble(articles, results, problems),
      index: { source: "built", message: "built from the knowledge files, every article read" },
    }),
  );
  return assemble(articles, [...settled], problems);
}

export async function buildLibrary(
  knowledgeDir: string,
  options: LibraryOptions = {},
): Promise<Library> {
  const indexFile = options.indexFile === undefined ? DEFAULT_INDEX_FILE : options.indexFile;
  if (indexFile === null) {
    const library = await analyzeKnowledge(knowledgeDir, options);
    return { ...library, index: { source: "built", message: "built from the knowledge files" } };
  }
  const key = startIndexKey(knowledgeDir, indexFile);
  // Awaited below only when an index is saved; a failure then is reported there.
  key.catch(() => undefined);
  const limit = options.verifyBeforeServingBytes ?? VERIFY_BEFORE_SERVING_BYTES;
  const loaded = await readPrebuiltIndex(indexFile, key, { backgroundCheckFromEntryBytes: limit });
  const isCheckedBehind = loaded.ok && (loaded.value.entryBytes ?? 0) > limit;
  const saved = loaded.ok && !isCheckedBehind ? checkWhole(loaded.value) : loaded;
  if (saved.ok) {
    if (isCheckedBehind) verifyInBackground(saved.value, knowledgeDir, options);
    return {
      ...saved.value,
      index: { source: "prebuilt", message: `loaded the prebuilt index ${indexFile}` },
    };
  }
  const library = await analyzeKnowledge(knowledgeDir, options);
  let saving = "";
  // A library still being read is never saved: the file would miss those articles.
  if (options.isSavingIndex === true && (library.stillReading ?? []).length === 0) {
    saving = await writePrebuiltIndex(indexFile, await key, library).then(
      () => `; saved it to ${indexFile}`,
      (error: unknown) => `; could not save it to ${indexFile} (${describeError(error)})`,
    );
  }
  return {
    ...library,
    index: {
      source: "built",
      message: `${saved.error.message}: rebuilt from the knowledge files${saving}`,
    },
  };
}

/**
 * Articles of a library up to this size are all checked before it is served (well under a
 * second); a larger one is served at once and checked in the background (verifyInBackground).
 */
export const VERIFY_BEFORE_SERVING_BYTES = 32 * 1024 * 1024;

/** Every article of the library checked before it is served (a small one). */
function checkWhole(saved: SavedLibrary): Result<SavedLibrary, IndexRejection> {
  const problem = saved.verifySync?.() ?? null;
  return problem === null ? ok(saved) : fail({ kind: "corrupt", message: problem });
}

/**
 * A large prebuilt library is checked article by article after it is served; an article that
 * fails (then, or when a command reads it first) has the library rebuilt from the knowledge
 * files and swapped in through `onAllRead`. Until then that article's commands fail, as no
 * article that fails its checks is ever shown.
 */
function verifyInBackground(
  saved: SavedLibrary,
  knowledgeDir: string,
  options: LibraryOptions,
): void {
  saved.whenCorrupt?.((problem) => {
    analyzeKnowledge(knowledgeDir).then(
      (library) =>
        options.onAllRead?.({
          ...library,
          index: { source: "built", message: `${problem}: rebuilt from the knowledge files` },
        }),
      // Reading the folder failed as a whole: the served library stays, its bad article refused.
      () => undefined,
    );
  });
  void saved.verify?.();
}

function describeError(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error
    ? String(error.code)
    : "unknown error";
}
