import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/extract/analyze-article.ts";
import { ingestHtml } from "../../../src/ingest/html/ingest-html.ts";
import { ingestArticle } from "../../../src/ingest/ingest-article.ts";
import { JSON_LD_HEAD, STORY, writeNewsPage } from "./news-page.ts";

const encode = (text: string) => new TextEncoder().encode(text);
const ATTACHMENT = { pageUrl: null, charset: null };

describe("ingestHtml", () => {
  it("reads the article text and leaves out navigation, asides and footer", () => {
    const result = ingestHtml(
      "bridge.html",
      encode(writeNewsPage({ head: JSON_LD_HEAD })),
      ATTACHMENT,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const texts = result.value.article.passages.map((passage) => passage.text);
    expect(texts).toContain(STORY[0]);
    expect(texts).toContain(STORY[4]);
    expect(texts.join(" ")).not.toMatch(/Subscribe|Most read|Storm closes|All rights reserved/u);
    expect(result.value.article.passages.find((p) => p.text === "What comes next")?.kind).toBe(
      "heading",
    );
  });

  it("takes title, author, date, publisher and canonical URL from JSON-LD and the head", () => {
    const result = ingestHtml(
      "bridge.html",
      encode(writeNewsPage({ head: JSON_LD_HEAD })),
      ATTACHMENT,
    );
    expect(result.ok && result.value.article).toMatchObject({
      title: "Elm Street bridge reopens after eight months",
      author: "Ana Ruiz",
      published: "2026-03-12",
      source: "Riverside Courier",
      url: "https://courier.example/local/elm-bridge-reopens",
      format: "markdown",
    });
  });

  it("numbers passages and extracts quotes exactly as for the same text in a file", () => {
    const result = ingestHtml(
      "bridge.html",
      encode(writeNewsPage({ head: JSON_LD_HEAD })),
      ATTACHMENT,
    );
    if (!result.ok) throw new Error(result.error.reason);
    const fromFile = ingestArticle("bridge.html", encode(result.value.reading.text));
    expect(fromFile.ok && fromFile.value.passages).toEqual(result.value.article.passages);
    const quotes = analyzeArticle(result.value.article).quotes;
    expect(quotes.map((quote) => [quote.speaker, quote.text])).toContainEqual([
      "Lena Ortiz",
      "We are glad to have it back",
    ]);
    for (const quote of quotes) {
      const passage = result.value.article.passages.find((p) => p.id === quote.passage);
      expect(passage?.text.slice(quote.span[0], quote.span[1])).toBe(quote.text);
    }
  });

  it("falls back to OpenGraph and article meta tags without JSON-LD", () => {
    const head = `<meta property="og:title" content="Bridge back in service">
      <meta property="article:published_time" content="2026-02-01T10:00:00Z">
      <meta property="og:site_name" content="The Weekly Span">
      <meta name="author" content="Tom Lee">
      <meta property="og:url" content="https://span.example/bridge/">`;
    const result = ingestHtml("bridge.html", encode(writeNewsPage({ head })), ATTACHMENT);
    expect(result.ok && result.value.article).toMatchObject({
      title: "Bridge back in service",
      author: "Tom Lee",
      published: "2026-02-01",
      source: "The Weekly Span",
      url: "https://span.example/bridge",
    });
  });

  it("falls back to <time> and the byline when the head says nothing", () => {
    const byline = `<p class="byline">By Priya Nair</p><time datetime="2025-11-30">Nov. 30</time>`;
    const result = ingestHtml("bridge.html", encode(writeNewsPage({ byline })), {
      pageUrl: "https://example.test/story#top",
      charset: null,
    });
    expect(result.ok && result.value.article).toMatchObject({
      author: "Priya Nair",
      published: "2025-11-30",
      url: "https://example.test/story",
    });
  });

  it("says 'paywalled' for a page with almost no text", () => {
    const page = writeNewsPage({ paragraphs: ["Subscribe to read the rest of this story."] });
    const result = ingestHtml(
      "teaser.html",
      encode(page.replace(/<h2>[\s\S]*?<\/article>/u, "</article>")),
      ATTACHMENT,
    );
    expect(!result.ok && result.error.kind).toBe("paywalled");
    expect(!result.ok && result.error.reason).toMatch(/almost no text/u);
  });

  it("says 'not an article' for a page without text", () => {
    const result = ingestHtml(
      "empty.html",
      encode("<html><body><img src=a.png></body></html>"),
      ATTACHMENT,
    );
    expect(!result.ok && ["not-an-article", "paywalled"]).toContain(
      !result.ok && result.error.kind,
    );
  });

  it("decodes the charset the page declares", () => {
    const page = writeNewsPage({ head: JSON_LD_HEAD }).replace(
      '<meta charset="utf-8">',
      '<meta charset="windows-1252">',
    );
    const bytes = Uint8Array.from(
      Array.from(
        page.replace(/[“”]/gu, '"').replace("Lena", "Léna"),
        (c) => c.charCodeAt(0) & 0xff,
      ),
    );
    const result = ingestHtml("latin.html", bytes, ATTACHMENT);
    expect(
      result.ok && result.value.article.passages.some((p) => p.text.includes("Mayor Léna Ortiz")),
    ).toBe(true);
  });

  it("reads a deeply nested hostile page without throwing", () => {
    const nested = `${"<div>".repeat(5000)}<p>${STORY.join(" ")}</p>${"</div>".repeat(5000)}`;
    const result = ingestHtml(
      "nested.html",
      encode(`<html><body>${nested}</body></html>`),
      ATTACHMENT,
    );
    expect(typeof result.ok).toBe("boolean");
  });
});
