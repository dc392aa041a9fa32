import { describe, expect, it } from "vitest";
import { NO_DATE_WARNING } from "../../src/ingest/ingest-article.ts";
import { BODY, ingestText } from "./ingest-text.ts";

describe("passage kinds", () => {
  it.each([
    [
      "a caption with a slash credit",
      "A ferry leaves the dock at dawn on Monday. (Jo Park/City Photos)",
      "caption",
    ],
    [
      "a caption with a photo credit word",
      "Crowds gather outside the town hall. (Photo courtesy of the council)",
      "caption",
    ],
    [
      "a caption with a trailing photograph credit",
      "A nurse walks along a corridor in Leeds. Photograph: Tom Bloggs/PA",
      "caption",
    ],
    ["a labelled photo line", "Photo: The old bridge seen from the east bank", "caption"],
    ["a plain subheading", "What Happens Next", "heading"],
    ["a subheading in curly single quotes", "‘A Bridge Too Far’", "heading"],
    ["a subheading in curly double quotes", "“Nobody Asked Us”", "heading"],
    ["a short sentence", "The vote was close.", "paragraph"],
    [
      "a sentence ending inside its quotation mark",
      "Ana Ruiz called the closure “a disaster.”",
      "paragraph",
    ],
    ["a question ending inside its quotation mark", "Who said “why not?”", "paragraph"],
    [
      "a parenthesis that is not a credit",
      "The bridge opened in 1931 (the second on the site) and was widened later (in 1960)",
      "paragraph",
    ],
    ["an unfinished quotation", "“We will keep going", "paragraph"],
    ["a list item", "- repaint the railings", "paragraph"],
    ["a long line without a full stop", `${"word ".repeat(20)}and more words`, "paragraph"],
  ])("keeps %s as a %s", (_name, line, kind) => {
    const article = ingestText(`Bridge Repairs\nMay 1, 2020\n\n${BODY}\n\n${line}\n\n${BODY}`);
    expect(article.passages.map((passage) => passage.kind)).toEqual([
      "paragraph",
      kind,
      "paragraph",
    ]);
    expect(article.passages[1]).toEqual({ id: "p2", n: 2, kind, text: line });
  });
});

describe("what ingest strips", () => {
  it("drops the byline, the date line and the repeated title from the header", () => {
    const article = ingestText(
      `Bridge Repairs\nAna Ruiz\nBy Ana Ruiz\nMay 1, 2020\nBridge Repairs\n\n${BODY}`,
    );
    expect(article.passages).toEqual([{ id: "p1", n: 1, kind: "paragraph", text: BODY }]);
  });

  it("drops a repeated title further down", () => {
    const article = ingestText(
      `Bridge Repairs\nMay 1, 2020\n\n${BODY}\n\nBridge Repairs\n\n${BODY} Again.`,
    );
    expect(article.passages.map((passage) => passage.text)).toEqual([BODY, `${BODY} Again.`]);
  });

  it.each([
    [
      "a newsletter box",
      "valley newsletter icon\nSign up for Valley Daily\nThe news you need, every morning.\nBy signing up, you agree to our Privacy Policy.",
    ],
    [
      "a newsletter box with blank lines in it",
      "Sign up for Valley Daily\n\nThe news you need, every morning.\n\nBy signing up, you agree to our Privacy Policy.",
    ],
    ["a privacy-policy line", "Read our privacy policy to learn how we use your data."],
    ["an icon's alt text", "share icon"],
    ["a subscribe call to action", "Subscribe to our newsletter"],
    ["a share button label", "Share this article"],
    ["a reading-time label", "5 min read"],
    ["a topics box", "Explore more on these topics\nHealth\nPolitics\nReuse this content"],
    ["a copyright line", "Copyright 2020 Valley Media. All rights reserved."],
  ])("drops %s in the header, the body and the footer", (_name, lines) => {
    const article = ingestText(
      `Bridge Repairs\nMay 1, 2020\n${lines}\n\n${BODY}\n\n${lines}\n\n${BODY} Again.\n\n${lines}`,
    );
    expect(article.title).toBe("Bridge Repairs");
    expect(article.passages.map((passage) => passage.text)).toEqual([BODY, `${BODY} Again.`]);
  });

  it("keeps a caption that follows a share button in the same block", () => {
    const caption = "A ferry leaves the dock at dawn. (Jo Park/City Photos)";
    const article = ingestText(`Bridge Repairs\nMay 1, 2020\nShare\n${caption}\n\n${BODY}`);
    expect(article.passages.map((passage) => [passage.kind, passage.text])).toEqual([
      ["caption", caption],
      ["paragraph", BODY],
    ]);
  });

  it("drops a closing list of sources", () => {
    const sources =
      'Sources\n\nValley Ledger. "Bridge to close" — May 1, 2020\n\nRadio Valley. "Repairs" — April 30, 2020';
    const article = ingestText(
      `Bridge Repairs\nMay 1, 2020\n\n${BODY}\n\nSources of funding\n\n${BODY} Again.\n\n${sources}`,
    );
    expect(article.passages.map((passage) => passage.text)).toEqual([
      BODY,
      "Sources of funding",
      `${BODY} Again.`,
    ]);
  });

  it("keeps a source line that follows a newsletter box", () => {
    const article = ingestText(
      `Bridge Repairs\n\n${BODY}\n\nSign up for Valley Daily\n\nFrom The Valley Ledger`,
    );
    expect(article.source).toBe("The Valley Ledger");
    expect(article.passages.map((passage) => passage.text)).toEqual([BODY]);
  });

  it.each([
    [
      "a sentence about a newsletter",
      "The newsletter, first printed in 1950, reached 2,000 homes by the end of that decade and is still delivered.",
    ],
    [
      "a long sentence mentioning a privacy policy",
      `Critics said the company changed its privacy policy without telling users, ${"and regulators opened an inquiry into the change ".repeat(3)}`.trim() +
        ".",
    ],
    ["a subheading that starts with a sign-up verb", "Register of Deeds Resigns"],
    [
      "a sentence starting with From",
      "From Monday, drivers will use the temporary crossing further north.",
    ],
  ])("keeps %s", (_name, line) => {
    const article = ingestText(`Bridge Repairs\nMay 1, 2020\n\n${BODY}\n\n${line}`);
    expect(article.passages.map((passage) => passage.text)).toEqual([BODY, line]);
    expect(article.source).toBeNull();
  });
});

describe("warnings for what ingest could not tell", () => {
  it.each([
    ["no date", `Bridge Repairs\n\n${BODY}`, [NO_DATE_WARNING]],
    [
      "a date that is not a day",
      `Bridge Repairs\nFebruary 30, 2021\n\n${BODY}`,
      ['the date line "February 30, 2021" is not a real date; ignored', NO_DATE_WARNING],
    ],
    [
      "a numeric date line that could be either way round",
      `Bridge Repairs\n03/04/2021\n\n${BODY}`,
      [
        'the date line "03/04/2021" could be read day-first or month-first; ignored',
        NO_DATE_WARNING,
      ],
    ],
    [
      "an author guessed from a bare name",
      `Bridge Repairs\nAna Ruiz\nMay 1, 2020\n\n${BODY}`,
      ['author "Ana Ruiz" guessed from a name line without "By"'],
    ],
    [
      "no title",
      `${BODY} `.repeat(5) + "\nMay 1, 2020",
      ["no title found: using the file name", NO_DATE_WARNING],
    ],
    ["no paragraphs", "Bridge Repairs\nMay 1, 2020", ["no paragraphs found"]],
  ])("warns about %s", (_name, text, warnings) => {
    expect(ingestText(text).warnings).toEqual(warnings);
  });

  it("uses the file name as the title when there is none", () => {
    expect(ingestText(`${BODY} `.repeat(5), "bridge-notes.txt").title).toBe("bridge-notes");
  });
});
