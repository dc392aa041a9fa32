import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingestArticle } from "../../src/ingest/ingest-article.ts";

// The shipped seed article, checked against the "Done when" list of issue 2.
describe("the seed article knowledge/fentanyl-ifs.txt", () => {
  const result = ingestArticle("fentanyl-ifs.txt", readFileSync("knowledge/fentanyl-ifs.txt"));
  if (!result.ok) throw new Error(result.error.message);
  const article = result.value;
  const paragraphs = article.passages.filter((passage) => passage.kind === "paragraph");

  it("has the right metadata", () => {
    expect(article).toMatchObject({
      id: "fentanyl-ifs",
      title:
        "Biden Administration Draws Criticism for Lifting Sanctions on Chinese Institute in Fentanyl Deal",
      author: "Frank Fang",
      published: "2023-11-17",
      source: "The Epoch Times",
      section: "China News",
      format: "text",
      warnings: [],
    });
  });

  it("starts and ends the body where the article does", () => {
    expect(paragraphs[0]?.text).toMatch(/^The Biden administration on Thursday removed/);
    expect(paragraphs.at(-1)?.text).toMatch(/and other agencies\.$/);
  });

  it("keeps the photo caption as one caption passage and the subheading as a heading", () => {
    const captions = article.passages.filter((passage) => passage.kind === "caption");
    expect(captions).toEqual([
      {
        id: "p1",
        n: 1,
        kind: "caption",
        text: "U.S. President Joe Biden speaks during the APEC CEO Summit at Moscone West in San Francisco, Calif., on Nov. 16, 2023. (Justin Sullivan/Getty Images)",
      },
    ]);
    expect(article.passages.filter((passage) => passage.kind === "heading")).toEqual([
      { id: "p6", n: 6, kind: "heading", text: "‘Barrier to Achieving Cooperation’" },
    ]);
  });

  it("leaves out the title, byline, date, source line and newsletter box", () => {
    const texts = article.passages.map((passage) => passage.text);
    expect(article.passages).toHaveLength(19);
    for (const text of texts) {
      expect(text).not.toMatch(/newsletter|sign up|privacy policy|icon$|^By |^From |2023China/i);
      expect(text).not.toBe(article.title);
    }
  });

  it("turns the no-break space into a plain space and changes nothing else", () => {
    expect(
      article.passages.find((passage) => passage.text.includes("visiting professor at Princeton"))
        ?.id,
    ).toBe("p17");
  });
});
