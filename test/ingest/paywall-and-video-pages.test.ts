import { describe, expect, it } from "vitest";
import { isChromeLine } from "../../src/ingest/chrome-lines.ts";
import { BODY, ingestText } from "./ingest-text.ts";

const texts = (text: string): string[] => ingestText(text).passages.map((passage) => passage.text);

describe("a metered paywall's notes are chrome", () => {
  it.each([
    "You have read 2 of your 4 free articles this month. Subscribe for £2 a week.",
    "You've used 3 of 3 free stories",
    "Subscribe to continue reading",
    "Get unlimited access to the Valley Courier for £1 a week. Cancel anytime.",
    "Already a subscriber? Sign in",
  ])("“%s”", (line) => {
    expect(isChromeLine(line)).toBe(true);
  });

  it("keeps a body sentence about subscribers (must not fire)", () => {
    expect(isChromeLine("The paper said it had read the letters of 400 subscribers.")).toBe(false);
  });
});

describe("a video player and its transcript box are chrome", () => {
  it.each([
    "Play Video",
    "0:00 / 2:31",
    "Video transcript",
    "Show full transcript",
    "MARIA COLE, ANCHOR: Good evening. A bridge closed in Dunmore on Monday.",
    "TOM BRADY, REPORTER: Maria, the bridge is shut in both directions tonight.",
  ])("“%s”", (line) => {
    expect(isChromeLine(line)).toBe(true);
  });

  it("keeps an interview's question and answer labels (must not fire)", () => {
    expect(isChromeLine("SMITH: We never planned to close the bridge on Monday.")).toBe(false);
    expect(isChromeLine("Q: Why did you close the bridge?")).toBe(false);
  });

  it("drops a transcript box between the date line and the body", () => {
    const page = [
      "Bridge Repairs Begin at Dawn",
      "Published: 5:48 PM BST May 1, 2020",
      "Play Video",
      "0:00 / 2:31",
      "Video transcript",
      "MARIA COLE, ANCHOR: Good evening. The bridge closed on Saturday night.",
      "Show full transcript",
      "",
      BODY,
    ].join("\n");
    expect(texts(page)).toEqual([BODY]);
  });
});
