import { describe, expect, it } from "vitest";
import { BODY, ingestText } from "./ingest-text.ts";

const SECOND = "Engineers said the work would take six weeks and cost less than first feared.";
const texts = (text: string): string[] => ingestText(text).passages.map((passage) => passage.text);

describe("chrome above the headline", () => {
  it.each([
    ["a skip link", "Skip to main content\nBridge Repairs\nMay 1, 2020"],
    ["a wiki's tagline", "From Valleypedia, the free almanac\nBridge Repairs\nMay 1, 2020"],
    ["header labels", "Menu\nSearch\nLog in\n\nBridge Repairs\nMay 1, 2020"],
    [
      "a revision notice between the headline and the date line",
      "Bridge Repairs\n\nThis is the latest accepted revision, reviewed on 2 May 2020.\n\nMay 1, 2020",
    ],
    [
      "a site's name a blank line above the headline",
      "Valleypedia\n\nBridge Repairs\n\nMay 1, 2020",
    ],
    [
      "a site's name and menu links above the headline",
      "The Valley Courier\nHome\nNews\nSport\n\nBridge Repairs\nMay 1, 2020",
    ],
    [
      "a standfirst sentence between the headline and the date line",
      "Bridge Repairs\nThe council will close the crossing for six weeks.\nMay 1, 2020",
    ],
  ])("finds the headline and the date past %s", (name, header) => {
    const article = ingestText(`${header}\n\n${BODY}`);
    expect(article).toMatchObject({ title: "Bridge Repairs", published: "2020-05-01" });
    const standfirst = name.startsWith("a standfirst")
      ? ["The council will close the crossing for six weeks."]
      : [];
    expect(article.passages.map((passage) => passage.text)).toEqual([...standfirst, BODY]);
  });

  it("takes the line above the date line for the headline, past a byline", () => {
    const article = ingestText(
      `The Valley Courier\nHome\nNews\n\nBridge Repairs Begin at Dawn\nBy Ana Ruiz\nMay 1, 2020\n\n${BODY}`,
    );
    expect(article).toMatchObject({ title: "Bridge Repairs Begin at Dawn", author: "Ana Ruiz" });
  });

  it.each([
    ["a sentence starting like a tagline", "From Monday, the free shuttle runs every ten minutes."],
    ["a sentence starting with a header label", "Search teams found the two hikers on Sunday."],
  ])("keeps %s in the body", (_name, line) => {
    expect(texts(`Bridge Repairs\nMay 1, 2020\n\n${BODY}\n\n${line}\n\n${SECOND}`)).toEqual([
      BODY,
      line,
      SECOND,
    ]);
  });
});

describe("chrome lines anywhere on the page", () => {
  it.each([
    ["an archive notice", "This article has been archived and can no longer be edited."],
    ["a last-edited line", "This page was last modified on 4 May 2020, at 10:12."],
    ["a last-modified line with a weekday", "Last modified on Tue 5 May 2020 09.12 BST"],
    ["a licence line", "Content is available under the Creative Commons Attribution licence."],
    ["a category line", "Categories: Transport | Valley | Published"],
    ["a tags line", "Tags: bridges, council, repairs"],
    ["a retrieved-from line", 'Retrieved from "https://news.example.org/wiki/Bridge_Repairs"'],
    ["a comment prompt", "Have an opinion? Tell us below"],
    ["a comment counter", "Comments (3)"],
    ["a leave-a-reply prompt", "Leave a reply"],
    ["a share prompt", "Share on Mastodon"],
    ["a row of share buttons", "Facebook X Email Print"],
  ])("drops %s in the header, the body and the footer", (_name, line) => {
    const article = ingestText(
      `Bridge Repairs\nMay 1, 2020\n${line}\n\n${BODY}\n\n${line}\n\n${SECOND}\n\n${line}`,
    );
    expect(article).toMatchObject({ title: "Bridge Repairs", published: "2020-05-01" });
    expect(article.passages.map((passage) => passage.text)).toEqual([BODY, SECOND]);
  });

  it.each([
    ["a sentence about an edit", "Last edited by the mayor herself, the plan changed twice."],
    ["a sentence about a licence", "The code was released under an open licence, the firm said."],
    ["a sentence about categories", "Categories of spending were cut across the board."],
    ["a sentence about shares", "Share prices fell sharply on Tuesday after the vote."],
    ["a sentence naming social networks", "Twitter and Facebook removed the posts."],
    [
      "a long sentence asking for comments",
      "Leave a comment on the consultation website by Friday, the council asked, and more than 300 people did.",
    ],
  ])("keeps %s between paragraphs", (_name, line) => {
    expect(texts(`Bridge Repairs\nMay 1, 2020\n\n${BODY}\n\n${line}\n\n${SECOND}`)).toEqual([
      BODY,
      line,
      SECOND,
    ]);
  });
});

describe("related-news boxes and dated lists", () => {
  const box =
    "Valley Transport\nRelated stories\n28 April 2020: Council delays bridge vote\n2 March 2020: Engineers warn of rust on the old bridge";

  it("drops a box between the date line and the body, its title included", () => {
    const article = ingestText(`Bridge Repairs\nMay 1, 2020\n\n${box}\n\n${BODY}`);
    expect(article).toMatchObject({ published: "2020-05-01", author: null });
    expect(article.passages.map((passage) => passage.text)).toEqual([BODY]);
  });

  it("drops a list of dated headlines between paragraphs", () => {
    const list = "• 28 April 2020 – Council delays bridge vote\n• 2 March 2020 – Rust found";
    expect(texts(`Bridge Repairs\nMay 1, 2020\n\n${BODY}\n\n${list}\n\n${SECOND}`)).toEqual([
      BODY,
      SECOND,
    ]);
  });

  it.each([
    ["a dated sentence", "April 28, 2020: The council delayed the vote."],
    ["one dated heading", "April 28, 2020 – Council delays vote"],
  ])("keeps %s on its own", (_name, line) => {
    expect(texts(`Bridge Repairs\nMay 1, 2020\n\n${BODY}\n\n${line}\n\n${SECOND}`)).toEqual([
      BODY,
      line,
      SECOND,
    ]);
  });
});

describe("short lines between the date line and the first paragraph", () => {
  it("drops a sidebar's labels and links", () => {
    const sidebar = "Map of the valley\n\nGet involved!\nHow to volunteer";
    expect(texts(`Bridge Repairs\nMay 1, 2020\n\n${sidebar}\n\n${BODY}`)).toEqual([BODY]);
  });

  it.each([
    ["a one-line paragraph", "It rained."],
    ["a standfirst", "Council to shut the crossing for six weeks from June"],
    ["a photo caption", "The old bridge at dawn. (Jo Park/City Photos)"],
  ])("keeps %s", (_name, line) => {
    expect(texts(`Bridge Repairs\nMay 1, 2020\n\n${line}\n\n${BODY}`)).toEqual([line, BODY]);
  });

  it("keeps short lines when no paragraph follows them", () => {
    expect(texts("Bridge Repairs\nMay 1, 2020\n\nTools\n\nBoots\n\nTorch")).toEqual([
      "Tools",
      "Boots",
      "Torch",
    ]);
  });
});

describe("the run of short lines that ends a pasted page", () => {
  it.each([
    [
      "a source list, a menu and a footer",
      "Sources\n• Valley Ledger — May 1, 2020\n• Radio Valley — April 30, 2020\n\nMain page\nContact us\nPrivacy\nMobile view",
    ],
    [
      "a footer with a licence and a powered-by line",
      "About\nHelp\nText is released under the GNU Free Documentation License.\nPowered by OpenWiki",
    ],
    [
      "a comment form and post navigation",
      "Your email address will not be published. Required fields are marked *\n← Older post\nNewer post →",
    ],
  ])("drops %s", (_name, tail) => {
    expect(texts(`Bridge Repairs\nMay 1, 2020\n\n${BODY}\n\n${SECOND}\n\n${tail}`)).toEqual([
      BODY,
      SECOND,
    ]);
  });

  it.each([
    ["a one-line paragraph", "It rained."],
    ["a short quote paragraph", '"We will be back," she said.'],
    ["an exclaimed quote", "“Never again!”"],
  ])("keeps %s that closes the article", (_name, line) => {
    expect(
      texts(`Bridge Repairs\nMay 1, 2020\n\n${BODY}\n\n${line}\n\nMain page\nContact us`),
    ).toEqual([BODY, line]);
  });

  it("keeps one closing subheading", () => {
    expect(texts(`Bridge Repairs\nMay 1, 2020\n\n${BODY}\n\nWhat Happens Next`)).toEqual([
      BODY,
      "What Happens Next",
    ]);
  });

  it("keeps the source line before the footer", () => {
    const article = ingestText(
      `Bridge Repairs\nMay 1, 2020\n\n${BODY}\n\nFrom The Valley Ledger\n\nAbout us\nCareers\nContact`,
    );
    expect(article.source).toBe("The Valley Ledger");
    expect(article.passages.map((passage) => passage.text)).toEqual([BODY]);
  });

  it("leaves a Markdown file's closing list alone", () => {
    const markdown = `# Bridge Repairs\n\nMay 1, 2020\n\n${BODY}\n\nWhat to bring\n\nBoots\n\nTorch`;
    expect(texts(markdown)).toEqual([BODY, "What to bring", "Boots", "Torch"]);
  });
});
