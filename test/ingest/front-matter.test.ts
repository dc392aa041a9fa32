import { describe, expect, it } from "vitest";
import type { Article } from "../../src/model/article.ts";
import { ingestArticle } from "../../src/ingest/ingest-article.ts";
import { splitFrontMatter } from "../../src/ingest/front-matter.ts";

function ingestText(text: string, fileName = "story.md"): Article {
  const result = ingestArticle(fileName, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe("front matter fields", () => {
  it.each([
    ["an ISO date", "published: 2023-11-17", { published: "2023-11-17" }],
    ["a quoted ISO date", 'published: "2023-11-17"', { published: "2023-11-17" }],
    ["an ISO timestamp", "published: 2023-11-17T08:30:00Z", { published: "2023-11-17" }],
    ["a written date", "published: November 17, 2023", { published: "2023-11-17" }],
    ["date as another name for published", "date: 2020-02-29", { published: "2020-02-29" }],
    [
      "every text field",
      "title: T\nauthor: A B\nsource: S\nurl: https://example.org/x\nsection: World",
      { title: "T", author: "A B", source: "S", url: "https://example.org/x", section: "World" },
    ],
    ["whitespace inside a field", "title: '  Two   spaces  '", { title: "Two spaces" }],
  ])("reads %s", (_name, yaml, expected) => {
    expect(ingestText(`---\n${yaml}\n---\nBody text of the story.\n`)).toMatchObject({
      format: "markdown",
      ...expected,
    });
  });

  it("reads aliases and stances into the curation", () => {
    const yaml =
      "aliases:\n  Ana Ruiz: [Ms. Ruiz, the mayor]\n  Bo Chen: Mr. Chen\nstances:\n  Ana Ruiz: supports\n  Bo Chen: opposes";
    expect(ingestText(`---\n${yaml}\n---\nBody.`).curation).toEqual({
      aliases: { "Ana Ruiz": ["Ms. Ruiz", "the mayor"], "Bo Chen": ["Mr. Chen"] },
      stances: { "Ana Ruiz": "supports", "Bo Chen": "opposes" },
    });
  });

  it("keeps a __proto__ key as plain data", () => {
    const article = ingestText("---\naliases:\n  __proto__: [x]\n---\nBody.");
    expect(Object.getPrototypeOf(article.curation.aliases)).toBe(Object.prototype);
    expect(Object.keys(article.curation.aliases)).toEqual(["__proto__"]);
  });

  it("wins over what the body says, and warns when they differ", () => {
    const article = ingestText(
      "---\ntitle: Real Title\nauthor: Ana Ruiz\npublished: 2022-05-14\n---\n# Page Title\n\nBy Bo Chen\nJanuary 1, 2001\n\nBody.",
    );
    expect(article).toMatchObject({
      title: "Real Title",
      author: "Ana Ruiz",
      published: "2022-05-14",
    });
    expect(article.passages).toEqual([{ id: "p1", n: 1, kind: "paragraph", text: "Body." }]);
    expect(article.warnings).toEqual([
      'front matter published "2022-05-14" differs from the text ("2001-01-01"); using front matter',
      'front matter author "Ana Ruiz" differs from the text ("Bo Chen"); using front matter',
    ]);
  });

  it("fills what front matter leaves out from the body", () => {
    const article = ingestText(
      "---\nsource: The Ledger\n---\n# Page Title\n\nBy Bo Chen\nJanuary 2, 2001\n\nBody.",
    );
    expect(article).toMatchObject({
      title: "Page Title",
      author: "Bo Chen",
      published: "2001-01-02",
      source: "The Ledger",
    });
  });

  it("warns about unknown fields", () => {
    expect(
      ingestText("---\ntitel: Oops\npublished: 2020-01-01\n---\n# T\n\nBody.").warnings,
    ).toEqual(['unknown front-matter field "titel" ignored']);
  });

  it("accepts empty front matter", () => {
    expect(ingestText("---\n---\n# Title\n\nBody.").title).toBe("Title");
  });
});

describe("choosing the form by content", () => {
  it.each([
    ["front matter in a .txt file", "notes.txt", "---\ntitle: T\n---\nBody.", "markdown"],
    ["a leading # heading without front matter", "notes.txt", "# Title\n\nBody.", "markdown"],
    ["page text in a .md file", "notes.md", "Title\n\nBody text.", "text"],
    ["an opening --- line that is never closed", "notes.md", "---\nTitle\n\nBody text.", "text"],
    ["prose between two --- rules", "notes.md", "---\nTitle of the page\n---\nBody text.", "text"],
  ])("reads %s as %s", (_name, fileName, text, format) => {
    expect(ingestText(text, fileName).format).toBe(format);
  });

  it("splits front matter at the first closing line, keeping the body whole", () => {
    expect(splitFrontMatter("---\r\na: 1\r\n...\r\nBody\n---\nmore")).toEqual({
      yaml: "a: 1\r\n",
      body: "Body\n---\nmore",
    });
    expect(splitFrontMatter("Title\n---\n")).toBeNull();
  });

  it("reads Markdown headings, images and joined paragraph lines", () => {
    const article = ingestText(
      "# Title\n\nFirst line\nsecond line.\n## Part Two ##\n![A boat at the dock](boat.jpg)\n\nLast.",
    );
    expect(article.passages).toEqual([
      { id: "p1", n: 1, kind: "paragraph", text: "First line second line." },
      { id: "p2", n: 2, kind: "heading", text: "Part Two" },
      { id: "p3", n: 3, kind: "caption", text: "A boat at the dock" },
      { id: "p4", n: 4, kind: "paragraph", text: "Last." },
    ]);
  });
});
