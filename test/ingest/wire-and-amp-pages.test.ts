import { describe, expect, it } from "vitest";
import { matchDateLine } from "../../src/ingest/page-header.ts";
import { BODY, ingestText } from "./ingest-text.ts";

const SECOND = "Engineers said the work would take six weeks and cost less than first feared.";
const texts = (text: string): string[] => ingestText(text).passages.map((passage) => passage.text);

describe("date lines with a time zone or an update time", () => {
  it.each([
    ["May 1, 2020 5:12 AM GMT+1 Updated 2 hours ago", "2020-05-01"],
    ["Friday, May 1, 2020 · Updated 9:42 a.m.", "2020-05-01"],
    ["Friday, May 1, 2020 — 07:45 BST", "2020-05-01"],
    ["May 1, 2020 | Last updated 10:02 UTC-5", "2020-05-01"],
  ])("reads “%s” as a date line with no section", (line, iso) => {
    expect(matchDateLine(line)).toMatchObject({ iso, section: null });
  });

  it("still reads a section glued after the date", () => {
    expect(matchDateLine("May 1, 2020 | World")).toMatchObject({ section: "World" });
  });

  it("takes the date from a date line that ends with a full stop", () => {
    const article = ingestText(
      `Bridge Repairs Begin at Dawn\nBy Ana Ruiz\nFriday, May 1, 2020 · Updated 9:42 a.m.\n\n${BODY}`,
    );
    expect(article).toMatchObject({
      title: "Bridge Repairs Begin at Dawn",
      published: "2020-05-01",
    });
    expect(article.passages.map((passage) => passage.text)).toEqual([BODY]);
  });
});

describe("a wire-service page", () => {
  const HEAD = [
    "Valley Wire",
    "Fast news for the whole valley, every hour of the day",
    "World",
    "Business",
    "Markets",
    "My Account",
    "Local",
    "Bridge Repairs Begin at Dawn",
    "By Ana Ruiz and Tomasz Lee",
    "4 minute read",
    "May 1, 2020 6:02 AM GMT+2 Updated an hour ago",
    "[1/3] Workers on the bridge, April 29, 2020. Valley Wire/Jo Kim",
  ].join("\n");
  const TAIL = [
    "Reporting by Ana Ruiz in Dunmore; Editing by Carla Moss",
    "Read Next",
    "Business",
    "Ferry fares rise again",
    "April 30, 2020",
    "Local",
    "Mayor names new deputy",
    "April 29, 2020",
    "Follow Us",
    "Valley Wire is the valley's largest news agency.",
    "© 2020 Valley Wire. All rights reserved",
  ].join("\n");

  it("drops the masthead and the menu, reads title, byline and date, keeps the gallery caption as a caption", () => {
    const article = ingestText(`${HEAD}\n\n${BODY}\n\n${SECOND}\n\n${TAIL}`);
    expect(article).toMatchObject({
      title: "Bridge Repairs Begin at Dawn",
      author: "Ana Ruiz and Tomasz Lee",
      published: "2020-05-01",
    });
    expect(article.passages.map((passage) => [passage.kind, passage.text.slice(0, 12)])).toEqual([
      ["caption", "[1/3] Worker"],
      ["paragraph", BODY.slice(0, 12)],
      ["paragraph", SECOND.slice(0, 12)],
    ]);
  });

  it("keeps short menu-like lines that stand between paragraphs of the body", () => {
    const body = `${BODY}\n\nResults\n\nNorth 2\n\nSouth 1\n\nEast 0\n\n${SECOND}`;
    expect(texts(`Bridge Repairs\nMay 1, 2020\n\n${body}`)).toEqual([
      BODY,
      "Results",
      "North 2",
      "South 1",
      "East 0",
      SECOND,
    ]);
  });

  it("keeps a long run of short lines when a full paragraph follows it", () => {
    const table = ["Results", "North 2", "South 1", "East 0", "West 3", "Centre 1"];
    const long =
      "The league said on Friday that the two postponed matches would be played in the first week of June, after the bridge reopens and the buses that carry the away fans can run again.";
    expect(
      texts(`Bridge Repairs\nMay 1, 2020\n\n${BODY}\n\n${table.join("\n\n")}\n\n${long}`),
    ).toEqual([BODY, ...table, long]);
  });

  it("keeps a sentence about reporting in the body", () => {
    const line = "Reporting by local volunteers began in 2019 and has never stopped since.";
    expect(texts(`Bridge Repairs\nMay 1, 2020\n\n${BODY}\n\n${line}\n\n${SECOND}`)).toEqual([
      BODY,
      line,
      SECOND,
    ]);
  });
});

describe("share rows and reading aids", () => {
  it("drops 'Share on Facebook Share on X Email Copy link' and '5 min read'", () => {
    expect(
      texts(
        `Bridge Repairs\n5 min read\nMay 1, 2020\nShare on Facebook  Share on X  Email  Copy link\n\n${BODY}`,
      ),
    ).toEqual([BODY]);
  });
});
