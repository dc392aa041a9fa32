import { describe, expect, it } from "vitest";
import { BODY, ingestText } from "./ingest-text.ts";

describe("raw page metadata, one surface form per case", () => {
  it.each([
    ["a byline", `Bridge Repairs\nBy Ana Ruiz\n\n${BODY}`, { author: "Ana Ruiz" }],
    [
      "a byline with two names",
      `Bridge Repairs\nBy Ana Ruiz and Bo Chen\n\n${BODY}`,
      { author: "Ana Ruiz and Bo Chen" },
    ],
    [
      "a bare name line next to the same byline",
      `Bridge Repairs\nAna Ruiz\nBy Ana Ruiz\n\n${BODY}`,
      { author: "Ana Ruiz" },
    ],
    [
      "a date glued to the section",
      `Bridge Repairs\nMarch 3, 2021Local News\n\n${BODY}`,
      { published: "2021-03-03", section: "Local News" },
    ],
    [
      "a date, a bar and a section",
      `Bridge Repairs\n3 March 2021 | World\n\n${BODY}`,
      { published: "2021-03-03", section: "World" },
    ],
    [
      "a weekday dateline",
      `Bridge Repairs\n\nWednesday, April 13, 2011\n\n${BODY}`,
      { published: "2011-04-13", section: null },
    ],
    [
      "an abbreviated month and a time",
      `Bridge Repairs\nNov. 7, 2022 10:31 AM ET\n\n${BODY}`,
      { published: "2022-11-07" },
    ],
    [
      "an updated line",
      `Bridge Repairs\nUpdated: 2020-02-29\n\n${BODY}`,
      { published: "2020-02-29" },
    ],
    [
      "a month-first numeric date line",
      `Bridge Repairs\n11/17/2023\n\n${BODY}`,
      { published: "2023-11-17" },
    ],
    [
      "a day-first numeric date line with a time",
      `Bridge Repairs\nPublished 17.11.2023 10:31\n\n${BODY}`,
      { published: "2023-11-17" },
    ],
    [
      "a source line at the end",
      `Bridge Repairs\n\n${BODY}\n\nFrom The Valley Ledger`,
      { source: "The Valley Ledger" },
    ],
  ])("reads %s", (_name, text, expected) => {
    const article = ingestText(text);
    expect(article).toMatchObject({ title: "Bridge Repairs", ...expected });
    expect(article.passages).toEqual([{ id: "p1", n: 1, kind: "paragraph", text: BODY }]);
  });
});

describe("bylines", () => {
  it.each([
    ["a byline with an outlet after a comma", "By Ana Ruiz, The Valley Ledger", "Ana Ruiz"],
    ["a byline with an outlet after a bar", "By Ana Ruiz | Valley Ledger", "Ana Ruiz"],
    ["an upper-case byline", "BY ANA RUIZ", "ANA RUIZ"],
    ["a written-by line", "Written by Ana de la Cruz", "Ana de la Cruz"],
    ["a byline with an initial", "By J. R. Ortiz", "J. R. Ortiz"],
    [
      "a byline listing three people",
      "By Ana Ruiz, Bo Chen and Cy Dee",
      "Ana Ruiz, Bo Chen and Cy Dee",
    ],
  ])("reads %s", (_name, line, author) => {
    const article = ingestText(`Bridge Repairs\n${line}\nMay 1, 2020\n\n${BODY}`);
    expect(article.author).toBe(author);
    expect(article.passages.map((passage) => passage.text)).toEqual([BODY]);
  });

  it.each([
    ["a time", "By Tuesday"],
    ["a sentence", "By the end of the week the bridge was closed."],
    ["lower-case words", "by the river bank"],
  ])("does not take %s for a byline", (_name, line) => {
    const article = ingestText(`Bridge Repairs\n${line}\n\n${BODY}`);
    expect(article.author).toBeNull();
    expect(article.passages[0]?.text).toBe(line);
  });

  it("prefers the byline to a different bare name line", () => {
    const article = ingestText(`Bridge Repairs\nLocal Desk\nBy Ana Ruiz\n\n${BODY}`);
    expect(article.author).toBe("Ana Ruiz");
    expect(article.passages.map((passage) => [passage.kind, passage.text])).toEqual([
      ["heading", "Local Desk"],
      ["paragraph", BODY],
    ]);
  });
});

describe("author lines with a role and no By", () => {
  it.each([
    ["a comma", "Ana Ruiz, Transport Correspondent"],
    ["a bar", "Ana Ruiz | Staff Writer"],
    ["a dash", "Ana Ruiz – Senior Political Reporter"],
  ])("reads the name before %s and a newsroom role", (_name, line) => {
    const article = ingestText(`Bridge Repairs\n${line}\nMay 1, 2020\n\n${BODY}`);
    expect(article).toMatchObject({ title: "Bridge Repairs", author: "Ana Ruiz", warnings: [] });
    expect(article.passages.map((passage) => passage.text)).toEqual([BODY]);
  });

  it.each([
    ["a name and a place", "Ana Ruiz, Valley Council"],
    ["a title-case headline ending in a role", "Ana Ruiz Named Editor"],
    ["a country and a region", "North Korea, East Asia"],
  ])("does not take %s for an author", (_name, line) => {
    const article = ingestText(`${line}\nMay 1, 2020\n\n${BODY}`);
    expect(article).toMatchObject({ title: line, author: null });
  });
});

describe("titles", () => {
  it("takes a line printed twice in the header as the title, and a line above it as the section", () => {
    const article = ingestText(
      `World\nBridge Repairs Begin\nBy Ana Ruiz\nMay 1, 2020\nBridge Repairs Begin\n\n${BODY}`,
    );
    expect(article).toMatchObject({
      title: "Bridge Repairs Begin",
      section: "World",
      author: "Ana Ruiz",
    });
    expect(article.passages.map((passage) => passage.text)).toEqual([BODY]);
  });

  it("takes a one-word line right above a longer headline as the section", () => {
    const article = ingestText(
      `Politics\nMinisters Unveil Plan for Bridges\nTue 14 Mar 2023 07.00 GMT\n\n${BODY}`,
    );
    expect(article).toMatchObject({
      title: "Ministers Unveil Plan for Bridges",
      section: "Politics",
      published: "2023-03-14",
    });
  });

  it("keeps a short first line as the title when a blank line follows it", () => {
    const article = ingestText(`Bridge Repairs\n\nWork Starts on the Bridge\n\n${BODY}`);
    expect(article).toMatchObject({ title: "Bridge Repairs", section: null });
    expect(article.passages[0]).toEqual({
      id: "p1",
      n: 1,
      kind: "heading",
      text: "Work Starts on the Bridge",
    });
  });

  it("takes the first line after a leading date line", () => {
    expect(ingestText(`May 1, 2020\nBridge Repairs\n\n${BODY}`)).toMatchObject({
      title: "Bridge Repairs",
      published: "2020-05-01",
    });
  });
});

describe("source lines", () => {
  it.each([
    ["From The Valley Ledger", "The Valley Ledger"],
    ["From Valley News and Radio", "Valley News and Radio"],
    ["Originally published by The Valley Ledger.", "The Valley Ledger"],
    ["This article originally appeared in Harbor Weekly", "Harbor Weekly"],
  ])("reads %s", (line, source) => {
    const article = ingestText(
      `Bridge Repairs\n\n${BODY}\n\n${line}\n\nCopyright 2020 Valley Media. All rights reserved.`,
    );
    expect(article.source).toBe(source);
    expect(article.passages.map((passage) => passage.text)).toEqual([BODY]);
  });

  it("reads a source line only at the end", () => {
    const article = ingestText(`Bridge Repairs\n\nFrom The Valley Ledger\n\n${BODY}`);
    expect(article.source).toBeNull();
  });
});
