import { describe, expect, it } from "vitest";
import { matchLeadingDate, parseWholeDate, toIsoDate } from "../../src/ingest/calendar-date.ts";
import { matchDateLine } from "../../src/ingest/page-header.ts";

describe("dates written out", () => {
  it.each([
    ["November 17, 2023", "2023-11-17"],
    ["Wednesday, April 13, 2011", "2011-04-13"],
    ["Wed. Apr. 13, 2011", "2011-04-13"],
    ["Sept. 4, 2019", "2019-09-04"],
    ["4 September 2019", "2019-09-04"],
    ["4th September, 2019", "2019-09-04"],
    ["February 29, 2024", "2024-02-29"],
    ["2023-11-17", "2023-11-17"],
    ["2023-11-17T23:59:59+05:00", "2023-11-17"],
    ["11/17/2023", "2023-11-17"],
    ["17/11/2023", "2023-11-17"],
    ["17.11.2023", "2023-11-17"],
    ["4.9.2019", "2019-09-04"],
    ["05/05/2021", "2021-05-05"],
  ])("reads %s as %s", (text, iso) => {
    expect(parseWholeDate(text)).toBe(iso);
  });

  it.each([
    ["a month that does not exist", "2023-13-45"],
    ["February 29 in a common year", "February 29, 2023"],
    ["February 29 in 1900", "1900-02-29"],
    ["April 31", "April 31, 2020"],
    ["day zero", "March 0, 2020"],
    ["a date with words after it", "March 3, 2020 or so"],
    ["not a date at all", "next Tuesday"],
    ["a numeric date that could be either way round", "03/04/2023"],
    ["a numeric date with no day above 12 that fits", "13/13/2023"],
    ["a fraction and a year", "1/2 2023"],
  ])("refuses %s", (_name, text) => {
    expect(parseWholeDate(text)).toBeNull();
  });

  it("keeps what follows the date", () => {
    expect(matchLeadingDate("November 17, 2023China News")).toEqual({
      written: "November 17, 2023",
      iso: "2023-11-17",
      rest: "China News",
      isAmbiguous: false,
    });
    expect(matchLeadingDate("On November 17, 2023")).toBeNull();
  });

  it("builds ISO dates only for real days", () => {
    expect(toIsoDate(2000, 2, 29)).toBe("2000-02-29");
    expect(toIsoDate(2023, 2, 29)).toBeNull();
    expect(toIsoDate(2023, 1, 1.5)).toBeNull();
  });
});

describe("date lines in a page header", () => {
  it.each([
    ["November 17, 2023China News", { iso: "2023-11-17", section: "China News" }],
    ["November 17, 2023 | U.S. Politics", { iso: "2023-11-17", section: "U.S. Politics" }],
    ["Updated: November 17, 2023 10:31 AM ET", { iso: "2023-11-17", section: null }],
    ["Posted on 17 Nov 2023", { iso: "2023-11-17", section: null }],
    ["February 30, 2023", { iso: null, section: null }],
  ])("reads %s", (line, expected) => {
    expect(matchDateLine(line)).toMatchObject(expected);
  });

  it.each([
    [
      "a sentence that starts with a date",
      "November 17, 2023 was the day the council finally voted on the plan.",
    ],
    ["a date followed by lower-case words", "November 17, 2023 at the latest"],
    ["a year followed by digits", "November 17, 20231"],
    ["a date inside a sentence", "The vote on November 17, 2023 was close"],
  ])("does not take %s for a date line", (_name, line) => {
    expect(matchDateLine(line)).toBeNull();
  });
});
