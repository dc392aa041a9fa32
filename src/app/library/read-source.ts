/**
 * What a member gave (a URL, an attachment, pasted text) → an Article and the bytes to keep.
 * Every failure is one line for the member.
 */
import path from "node:path";
import type { FetchPageOptions } from "../../fetch/fetch-page.ts";
import { fetchPage } from "../../fetch/fetch-page.ts";
import { canonicalizeUrl } from "../../ingest/html/canonical-url.ts";
import { ingestHtml } from "../../ingest/html/ingest-html.ts";
import { ingestArticle } from "../../ingest/ingest-article.ts";
import type { Article } from "../../model/article.ts";
import type { Result } from "../../model/result.ts";
import { fail, ok } from "../../model/result.ts";
import type { ArticleOrigin } from "../../store/article-store.ts";

export type ArticleSource =
  | { readonly kind: "url"; readonly url: string }
  /** An attachment: Discord gives its name and a URL to download it from. */
  | { readonly kind: "file"; readonly fileName: string; readonly url: string }
  /** A file already in hand: the console's `file:PATH`. */
  | { readonly kind: "bytes"; readonly fileName: string; readonly bytes: Uint8Array }
  | { readonly kind: "text"; readonly text: string };

export interface ReadArticle {
  readonly article: Article;
  readonly origin: ArticleOrigin;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
  readonly canonicalUrl: string | null;
}

const READABLE_FILE = /\.(?:txt|md|markdown|html?)$/iu;

export async function readSource(
  source: ArticleSource,
  fetchOptions: FetchPageOptions,
): Promise<Result<ReadArticle, string>> {
  if (source.kind === "text") {
    return readBytes("pasted-text.txt", new TextEncoder().encode(source.text), "text", null, null);
  }
  if (source.kind === "bytes") {
    if (!READABLE_FILE.test(source.fileName)) return fail(describeUnreadable(source.fileName));
    return readBytes(source.fileName, source.bytes, "file", null, null);
  }
  if (source.kind === "file" && !READABLE_FILE.test(source.fileName)) {
    return fail(describeUnreadable(source.fileName));
  }
  const page = await fetchPage(source.url, fetchOptions);
  if (!page.ok) return fail(page.error.message);
  if (source.kind === "file")
    return readBytes(source.fileName, page.value.bytes, "file", null, page.value.charset);
  const fileName = `${path.posix.basename(new URL(page.value.url).pathname) || "page"}${page.value.mediaType === "text/html" ? ".html" : ".txt"}`;
  return readBytes(
    fileName,
    page.value.bytes,
    "url",
    page.value.url,
    page.value.charset,
    page.value.mediaType,
  );
}

function readBytes(
  fileName: string,
  bytes: Uint8Array,
  origin: ArticleOrigin,
  pageUrl: string | null,
  charset: string | null,
  mediaType = mediaTypeOf(fileName),
): Result<ReadArticle, string> {
  if (mediaType === "text/html") {
    const html = ingestHtml(fileName, bytes, { pageUrl, charset });
    if (!html.ok) {
      const prefix = html.error.kind === "paywalled" ? "Looks paywalled" : "Not an article";
      return fail(`${prefix}: ${html.error.reason}`);
    }
    const canonicalUrl =
      html.value.reading.metadata.url ?? (pageUrl === null ? null : canonicalizeUrl(pageUrl));
    return ok({ article: html.value.article, origin, mediaType, bytes, canonicalUrl });
  }
  const article = ingestArticle(fileName, bytes);
  if (!article.ok) return fail(`Not an article: ${article.error.reason}`);
  if (!article.value.passages.some((passage) => passage.kind === "paragraph")) {
    return fail("Not an article: no paragraphs found");
  }
  const canonicalUrl = canonicalizeUrl(article.value.url ?? pageUrl ?? "");
  return ok({ article: article.value, origin, mediaType, bytes, canonicalUrl });
}

function mediaTypeOf(fileName: string): string {
  if (/\.html?$/iu.test(fileName)) return "text/html";
  if (/\.(?:md|markdown)$/iu.test(fileName)) return "text/markdown";
  return "text/plain";
}

function describeUnreadable(fileName: string): string {
  return `Not an article: ${fileName.slice(0, 100)} is not a .txt, .md or .html file`;
}
