/** File name + bytes → Article: the one entry point of ingest. Pure; never throws. */
import type { Article } from "../model/article.ts";
import type { Result } from "../model/result.ts";
import { fail, ok } from "../model/result.ts";
import { decodeArticleBytes } from "./decode-article-bytes.ts";
import type { FrontMatter } from "./front-matter-fields.ts";
import { parseFrontMatter, splitFrontMatter } from "./front-matter.ts";
import type { IngestProblem } from "./ingest-problem.ts";
import { createIngestProblem } from "./ingest-problem.ts";
import { numberPassages } from "./number-passages.ts";
import type { PageReading } from "./read-page.ts";
import { readPage } from "./read-page.ts";
import { slugifyFileName, stripFileExtension } from "./slugify-file-name.ts";
import { looksLikeMarkdown, segmentMarkdown, segmentRawText } from "./text-segments.ts";

/** The warning for an article without a date; extraction cannot place "Thursday" without one. */
export const NO_DATE_WARNING = "no publication date found: relative dates cannot be resolved";

interface ReadText {
  readonly format: Article["format"];
  readonly frontMatter: FrontMatter | null;
  readonly page: PageReading;
}

/**
 * Reads one article. The form is chosen by content: a leading `---` YAML block means Markdown
 * with front matter, whose fields win over what the page text suggests. Problems that make the
 * file unusable are errors; doubts about a usable file are warnings on the article.
 */
export function ingestArticle(fileName: string, bytes: Uint8Array): Result<Article, IngestProblem> {
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return fail(createIngestProblem(fileName, decoded.error));
  const read = readText(decoded.value.text);
  if (!read.ok) return fail(createIngestProblem(fileName, read.error));
  return ok(buildArticle(fileName, read.value, decoded.value.warnings));
}

function readText(text: string): Result<ReadText, string> {
  const split = splitFrontMatter(text);
  if (split !== null) {
    const frontMatter = parseFrontMatter(split.yaml);
    if (!frontMatter.ok) return frontMatter;
    const options = { titleRule: "leading-heading", knownTitle: frontMatter.value.title } as const;
    const page = readPage(segmentMarkdown(split.body), options);
    return ok({ format: "markdown", frontMatter: frontMatter.value, page });
  }
  if (looksLikeMarkdown(text)) {
    const page = readPage(segmentMarkdown(text), {
      titleRule: "leading-heading",
      knownTitle: null,
    });
    return ok({ format: "markdown", frontMatter: null, page });
  }
  const page = readPage(segmentRawText(text), { titleRule: "first-line", knownTitle: null });
  return ok({ format: "text", frontMatter: null, page });
}

// Front matter wins; saying so when the page disagrees lets a curator spot a typo in either.
function describeOverrides(frontMatter: FrontMatter | null, page: PageReading): string[] {
  if (frontMatter === null) return [];
  const fields = ["published", "author"] as const;
  return fields
    .filter(
      (field) =>
        frontMatter[field] !== null && page[field] !== null && frontMatter[field] !== page[field],
    )
    .map(
      (field) =>
        `front matter ${field} "${frontMatter[field]}" differs from the text ("${page[field]}"); using front matter`,
    );
}

function buildArticle(
  fileName: string,
  read: ReadText,
  decodeWarnings: readonly string[],
): Article {
  const { page, frontMatter } = read;
  const passages = numberPassages(page.blocks);
  const title = frontMatter?.title ?? page.title;
  const published = frontMatter?.published ?? page.published;
  const warnings = [
    ...decodeWarnings,
    ...(frontMatter?.warnings ?? []),
    ...page.warnings,
    ...describeOverrides(frontMatter, page),
  ];
  if (title === null) warnings.push("no title found: using the file name");
  if (published === null) warnings.push(NO_DATE_WARNING);
  if (!passages.some((passage) => passage.kind === "paragraph"))
    warnings.push("no paragraphs found");
  return {
    id: slugifyFileName(fileName),
    fileName,
    title: title ?? stripFileExtension(fileName),
    author: frontMatter?.author ?? page.author,
    published,
    source: frontMatter?.source ?? page.source,
    url: frontMatter?.url ?? null,
    section: frontMatter?.section ?? page.section,
    format: read.format,
    passages,
    curation: frontMatter?.curation ?? { aliases: {}, stances: {} },
    warnings,
  };
}
