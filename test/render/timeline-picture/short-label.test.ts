import { describe, expect, it } from "vitest";
import { shortenEventText } from "../../../src/render/timeline-picture/short-label.ts";
import { toInterval, toDayNumber } from "../../../src/render/timeline-picture/calendar-days.ts";
import { buildAxis } from "../../../src/render/timeline-picture/time-axis.ts";

describe("an event's short label", () => {
  it.each([
    [
      "drops the date expression",
      "The council on Tuesday voted to close the bridge.",
      "on Tuesday",
      "The council voted to close the bridge",
    ],
    [
      "takes the possessive with a relative day",
      "Today's ruling angered the union.",
      "Today",
      "Ruling angered the union",
    ],
    [
      "uses an acronym the sentence defines",
      "The Harbor Safety Board (HSB) closed the pier in 2019.",
      "in 2019",
      "The HSB closed the pier",
    ],
    [
      "keeps brackets that define nothing",
      "Ms. Ortiz (a former engineer) resigned on Friday.",
      "on Friday",
      "Ms. Ortiz resigned",
    ],
    [
      "drops a named owner before a name",
      "Norway's Ministry of Fisheries banned the nets in 2018.",
      "in 2018",
      "Ministry of Fisheries banned the nets",
    ],
    [
      "keeps an owner before a common noun",
      "The mayor's office denied it on Monday.",
      "on Monday",
      "The mayor's office denied it",
    ],
    ["leaves a sentence without its expression whole", "Rain fell.", "in 2001", "Rain fell"],
  ])("%s", (_name, text, expression, expected) => {
    expect(shortenEventText(text, expression)).toBe(expected);
  });

  it("does not read initials that do not match as an acronym", () => {
    expect(shortenEventText("The Port Authority (XYZ) met.", "")).toBe("The Port Authority met");
  });
});

describe("the time axis", () => {
  const day = (date: string) => toInterval(date) ?? { start: 0, end: 0 };

  it("keeps one axis in days for events a few days apart", () => {
    const segments = buildAxis(
      [day("2024-03-05"), day("2024-03-07")],
      [toDayNumber(2024, 3, 8)],
      0,
      1000,
    );
    expect(segments.map((segment) => segment.unit)).toEqual(["day"]);
  });

  it("splits background years from the days around publication", () => {
    const intervals = [day("2001"), day("2015"), day("2024-03-05")];
    const segments = buildAxis(intervals, [toDayNumber(2024, 3, 8)], 0, 1000);
    expect(segments.map((segment) => segment.unit)).toEqual(["year", "day"]);
    expect(segments[0]?.right ?? 0).toBeLessThan(segments[1]?.left ?? 0);
  });

  it("keeps one axis when articles were published years apart", () => {
    const intervals = [day("2001-05-02"), day("2024-03-05")];
    const anchors = [toDayNumber(2001, 5, 3), toDayNumber(2024, 3, 8)];
    expect(buildAxis(intervals, anchors, 0, 1000).map((segment) => segment.unit)).toEqual(["year"]);
  });

  it("uses decades for a spread over forty years", () => {
    expect(
      buildAxis([day("1901"), day("1990")], [], 0, 1000).map((segment) => segment.unit),
    ).toEqual(["decade"]);
  });
});
