/**
 * HTML → the text form ingest reads for a file: Markdown with front matter (title, author,
 * published, source, url) and one block per paragraph. The page then goes through the same
 * passage numbering and extraction as a file, so its citations work the same.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { stringify } from "yaml";
import type { Result } from "../../model/result.ts";
import { fail, ok } from "../../model/result.ts";
import { countWords } from "../normalize-whitespace.ts";
import type { DomDocument, DomNode } from "./dom-node.ts";
import { measureNesting } from "./dom-node.ts";
import type { HtmlBlock } from "./html-blocks.ts";
import { collectHtmlBlocks } from "./html-blocks.ts";
import type { HtmlMetadata } from "./read-html-metadata.ts";
import { cleanByline, readHtmlMetadata } from "./read-html-metadata.ts";

export interface HtmlReading {
  /** Markdown with front matter, ready for ingestArticle. */
  readonly text: string;
  readonly metadata: HtmlMetadata;
  readonly wordCount: number;
}

export type HtmlProblem =
  | { readonly kind: "not-an-article"; readonly reason: string }
  | { readonly kind: "paywalled"; readonly reason: string };

/** Fewer words than this is a teaser or a paywall, not an article to discuss. */
export const MIN_ARTICLE_WORDS = 80;
// Readability's default element cap is unbounded; this keeps a hostile page's cost bounded.
const MAX_ELEMENTS = 20_000;
// Readability's time grows about with the cube of nesting depth (1,000 levels took 7 s, 2,000
// took 140 s here); real pages nest a few dozen levels.
const MAX_NESTING = 200;

/** `pageUrl` is where the page came from (null for an attachment); relative links resolve to it. */
export function htmlToArticleText(
  html: string,
  pageUrl: string | null,
): Result<HtmlReading, HtmlProblem> {
  const { document } = parseHTML(html) as { document: DomDocument };
  const nesting = measureNesting(document.documentElement, MAX_NESTING + 1);
  if (nesting > MAX_NESTING) {
    return fail({
      kind: "not-an-article",
      reason: `the page's markup nests more than ${MAX_NESTING} levels deep`,
    });
  }
  const metadata = readHtmlMetadata(document, pageUrl);
  let parsed: ReturnType<Readability<DomNode>["parse"]>;
  try {
    // The serializer hands back Readability's own DOM node, so no second parse is needed.
    parsed = new Readability<DomNode>(document, {
      maxElemsToParse: MAX_ELEMENTS,
      serializer: (node) => node as DomNode,
    }).parse();
  } catch {
    return fail({ kind: "not-an-article", reason: "the page could not be read as an article" });
  }
  if (parsed === null || parsed.content === null || parsed.content === undefined) {
    return fail({ kind: "not-an-article", reason: "no article text found on the page" });
  }
  const blocks = collectHtmlBlocks(parsed.content);
  const wordCount = blocks.reduce((sum, block) => sum + countWords(block.text), 0);
  if (wordCount < MIN_ARTICLE_WORDS) {
    return fail({
      kind: "paywalled",
      reason: `only ${wordCount} words of text on the page (almost no text: a paywall or a teaser?)`,
    });
  }
  const merged: HtmlMetadata = {
    ...metadata,
    title: metadata.title ?? cleanText(parsed.title),
    author: metadata.author ?? cleanByline(parsed.byline),
    source: metadata.source ?? cleanText(parsed.siteName),
  };
  return ok({ text: writeMarkdown(merged, blocks), metadata: merged, wordCount });
}

function writeMarkdown(metadata: HtmlMetadata, blocks: readonly HtmlBlock[]): string {
  const fields = Object.fromEntries(
    Object.entries({
      title: metadata.title,
      author: metadata.author,
      published: metadata.published,
      source: metadata.source,
      url: metadata.url,
    }).filter(([, value]) => value !== null),
  );
  const frontMatter = Object.keys(fields).length === 0 ? "" : stringify(fields, { lineWidth: 0 });
  const body = blocks.map((block) => (block.kind === "heading" ? `## ${block.text}` : block.text));
  return `---\n${frontMatter}---\n\n${body.join("\n\n")}\n`;
}

function cleanText(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/gu, " ").trim() ?? "";
  return text === "" ? null : text;
}
