/** HTML bytes (a fetched page or an .html attachment) → Article, through the text form ingest reads. */
import type { Article } from "../../model/article.ts";
import type { Result } from "../../model/result.ts";
import { fail, ok } from "../../model/result.ts";
import { ingestArticle } from "../ingest-article.ts";
import { decodeHtmlBytes } from "./decode-html-bytes.ts";
import type { HtmlProblem, HtmlReading } from "./html-to-article-text.ts";
import { htmlToArticleText } from "./html-to-article-text.ts";

export interface HtmlArticle {
  readonly article: Article;
  readonly reading: HtmlReading;
}

export interface IngestHtmlOptions {
  /** Where the page came from; null for an attachment. */
  readonly pageUrl: string | null;
  /** The charset the server declared, if any. */
  readonly charset: string | null;
}

/** Never throws; every problem is one line for the member. */
export function ingestHtml(
  fileName: string,
  bytes: Uint8Array,
  options: IngestHtmlOptions,
): Result<HtmlArticle, HtmlProblem> {
  const html = decodeHtmlBytes(bytes, options.charset);
  if (html === null) {
    return fail({
      kind: "not-an-article",
      reason: `the page's charset "${options.charset ?? "?"}" is not one I can read`,
    });
  }
  const reading = htmlToArticleText(html, options.pageUrl);
  if (!reading.ok) return reading;
  const article = ingestArticle(fileName, new TextEncoder().encode(reading.value.text));
  if (!article.ok) return fail({ kind: "not-an-article", reason: article.error.reason });
  return ok({ article: article.value, reading: reading.value });
}
