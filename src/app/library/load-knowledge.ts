/** Reads the knowledge folder: every .txt and .md file becomes an Article or a named problem. */
import { constants } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import { lstat, open, readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { Article } from "../../model/article.ts";
import type { Result } from "../../model/result.ts";
import { fail, ok } from "../../model/result.ts";
import { describeTooLarge, MAX_ARTICLE_BYTES } from "../../ingest/decode-article-bytes.ts";
import { ingestArticle } from "../../ingest/ingest-article.ts";

/** A file that could not be used, and why, in one line that names it. */
export interface LoadProblem {
  readonly file: string;
  readonly message: string;
}

/** The usable articles and, for every file that was not, why. */
export interface LoadedKnowledge {
  readonly articles: Article[];
  readonly problems: LoadProblem[];
}

/** How to treat symbolic links when reading one file. */
export interface ReadOptions {
  /** The knowledge folder never follows links (a link could point anywhere on the machine). */
  readonly isFollowingSymlinks: boolean;
}

const ARTICLE_EXTENSION = /\.(?:txt|md)$/i;

/**
 * Loads every article file in `dir`, sorted by name so the result is deterministic. A bad file
 * becomes a problem and loading goes on with the others; so does a second file with the same id.
 */
export async function loadKnowledge(dir: string): Promise<LoadedKnowledge> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => ARTICLE_EXTENSION.test(name)).sort(compareNames);
  } catch (error) {
    return {
      articles: [],
      problems: [{ file: dir, message: `${dir}: ${describeFileError(error)}` }],
    };
  }
  const articles: Article[] = [];
  const problems: LoadProblem[] = [];
  const fileById = new Map<string, string>();
  for (const name of names) {
    const loaded = await loadArticleFile(path.join(dir, name), name, {
      isFollowingSymlinks: false,
    });
    if (!loaded.ok) {
      problems.push(loaded.error);
      continue;
    }
    const earlier = fileById.get(loaded.value.id);
    if (earlier !== undefined) {
      const message = `${name}: article id "${loaded.value.id}" is already used by ${earlier}; skipped`;
      problems.push({ file: name, message });
      continue;
    }
    fileById.set(loaded.value.id, name);
    articles.push(loaded.value);
  }
  return { articles, problems };
}

/** Reads and ingests one file; `displayName` is how messages name it. */
export async function loadArticleFile(
  filePath: string,
  displayName: string,
  options: ReadOptions,
): Promise<Result<Article, LoadProblem>> {
  const bytes = await readArticleBytes(filePath, options);
  if (!bytes.ok) return fail({ file: displayName, message: `${displayName}: ${bytes.error}` });
  const article = ingestArticle(path.basename(filePath), bytes.value);
  if (!article.ok)
    return fail({ file: displayName, message: `${displayName}: ${article.error.reason}` });
  return article;
}

/**
 * Checks the file before opening it (a link, a folder, a FIFO that would block, the size), then
 * opens it without following a final link (O_NOFOLLOW) and checks again on the open handle, so
 * nothing can be swapped in between.
 */
export async function readArticleBytes(
  filePath: string,
  options: ReadOptions,
): Promise<Result<Uint8Array, string>> {
  const checked = await checkFile(filePath, options);
  if (!checked.ok) return checked;
  const noFollow = options.isFollowingSymlinks ? 0 : (constants.O_NOFOLLOW ?? 0);
  let handle: FileHandle | undefined;
  try {
    handle = await open(filePath, constants.O_RDONLY | noFollow | (constants.O_NONBLOCK ?? 0));
    const info = await handle.stat();
    if (!info.isFile()) return fail("is not a regular file");
    if (info.size > MAX_ARTICLE_BYTES) return fail(describeTooLarge(info.size));
    return ok(await readUpTo(handle, MAX_ARTICLE_BYTES + 1));
  } catch (error) {
    return fail(describeFileError(error));
  } finally {
    await handle?.close();
  }
}

async function checkFile(filePath: string, options: ReadOptions): Promise<Result<true, string>> {
  try {
    const info = options.isFollowingSymlinks ? await stat(filePath) : await lstat(filePath);
    if (info.isSymbolicLink()) return fail("is a symbolic link; links are not followed");
    if (info.isDirectory()) return fail("is a folder, not a file");
    if (!info.isFile()) return fail("is not a regular file");
    if (info.size > MAX_ARTICLE_BYTES) return fail(describeTooLarge(info.size));
    return ok(true);
  } catch (error) {
    return fail(describeFileError(error));
  }
}

// Reads at most `limit` bytes, so a file that grows after the size check still cannot flood memory;
// one byte over the limit is enough for ingest to report the file as too large.
async function readUpTo(handle: FileHandle, limit: number): Promise<Uint8Array> {
  const buffer = new Uint8Array(limit);
  let length = 0;
  while (length < limit) {
    const { bytesRead } = await handle.read(buffer, length, limit - length, null);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  return buffer.subarray(0, length);
}

/** A one-line reason for a file-system error, without the stack or the raw Node message. */
export function describeFileError(error: unknown): string {
  const code =
    typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  const reasons: Record<string, string> = {
    ENOENT: "no such file or folder",
    EACCES: "permission denied",
    EPERM: "permission denied",
    EISDIR: "is a folder, not a file",
    ENOTDIR: "is not a folder",
    ELOOP: "is a symbolic link; links are not followed",
    EMFILE: "too many open files",
  };
  return reasons[code] ?? `cannot be read (${code === "" ? "unknown error" : code})`;
}

function compareNames(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
