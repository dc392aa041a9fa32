import { describe, expect, it } from "vitest";
import { anaphoricDateExtractor } from "../../../src/extract/events/extractors/anaphoric-date.ts";
import { findDates } from "../../../src/extract/events/find-dates.ts";

const at = (text: string, referenceDate: string | null) =>
  findDates(text, { referenceDate }).map((m) => ({
    expression: m.expression,
    date: m.date,
    precision: m.precision,
    method: m.resolution.method,
  }));

describe("weekday resolution", () => {
  const CASES = [
    // reference, text, expected date
    ["2023-11-17", "It happened on Thursday.", "2023-11-16"],
    ["2023-11-17", "It happened on Friday.", "2023-11-17"],
    ["2023-11-17", "It happened on Saturday.", "2023-11-11"],
    ["2023-11-17", "They will vote next Friday.", "2023-11-24"],
    ["2023-11-17", "They meet this coming Monday.", "2023-11-20"],
    ["2023-11-17", "Shares fell last Friday.", "2023-11-10"],
    ["2006-03-28", "The trial is set to begin on Wednesday.", "2006-03-29"],
    ["2024-01-01", "The results came on Sunday.", "2023-12-31"],
  ] as const;

  it.each(CASES)("against %s, “%s” → %s", (reference, text, date) => {
    expect(at(text, reference)).toMatchObject([{ date, precision: "day", method: "inferred" }]);
  });

  it("explains the choice against the publication date", () => {
    const [mention] = findDates("The Biden administration on Thursday removed it.", {
      referenceDate: "2023-11-17",
    });
    expect(mention?.expression).toBe("on Thursday");
    expect(mention?.resolution.explanation).toBe(
      "Thursday → 2023-11-16, the last Thursday on or before publication on Fri 2023-11-17",
    );
  });
});

describe("relative and partial dates", () => {
  const CASES = [
    ["2023-11-17", "He left last month.", "last month", "2023-10", "month"],
    ["2023-01-10", "He left last month.", "last month", "2022-12", "month"],
    ["2023-11-17", "It grows next year.", "next year", "2024", "year"],
    ["2023-11-17", "It was founded two years ago.", "two years ago", "2021", "year"],
    ["2023-11-17", "It was said earlier this week.", "earlier this week", "2023-11", "month"],
    ["2023-11-17", "It came yesterday.", "yesterday", "2023-11-16", "day"],
    ["2024-03-01", "Talks began on Feb. 29.", "on Feb. 29", "2024-02-29", "day"],
    ["2023-03-01", "Talks began on Feb. 29.", "on Feb. 29", "2024-02-29", "day"],
    ["2023-01-05", "The vote was on Dec. 30.", "on Dec. 30", "2022-12-30", "day"],
    ["2023-12-28", "The vote will be on Jan. 3.", "on Jan. 3", "2024-01-03", "day"],
    ["2009-03-13", "the best week since November", "since November", "2008-11", "month"],
    ["2008-04-09", "The service in February passed Wal-Mart.", "in February", "2008-02", "month"],
    ["2023-11-17", "The ruling, expected by June, is near.", "by June", "2024-06", "month"],
    ["2023-11-17", "The panel met on Jan. 6 to vote.", "on Jan. 6", "2023-01-06", "day"],
  ] as const;

  it.each(CASES)("against %s, “%s” finds %s", (reference, text, expression, date, precision) => {
    expect(at(text, reference)).toEqual([{ expression, date, precision, method: "inferred" }]);
  });
});

describe("findDates pipeline", () => {
  it("keeps the longest of overlapping expressions and attaches the preposition", () => {
    expect(at("He spoke on Nov. 16, 2023, in Calif.", "2023-11-17")).toEqual([
      { expression: "on Nov. 16, 2023", date: "2023-11-16", precision: "day", method: "stated" },
    ]);
  });

  it("without a publication date keeps stated dates and skips relative ones", () => {
    expect(at("On Thursday, a year after the March 2020 order, and today.", null)).toEqual([
      { expression: "March 2020", date: "2020-03", precision: "month", method: "stated" },
    ]);
  });

  it("resolves “the same day” and “the previous year” against the date before them", () => {
    const text =
      "Stocks rose on Friday. A report came out on the same day. Sales fell in 2008, less than the previous year.";
    expect(at(text, "2009-04-04").map((m) => [m.expression, m.date])).toEqual([
      ["on Friday", "2009-04-03"],
      ["on the same day", "2009-04-03"],
      ["in 2008", "2008"],
      ["the previous year", "2007"],
    ]);
  });

  it("merges a restated date into one expression with the finer value", () => {
    const text =
      "Endeavour will launch at the end of the month on April 29, and in June this year.";
    expect(at(text, "2011-04-13")).toEqual([
      {
        expression: "the end of the month on April 29",
        date: "2011-04-29",
        precision: "day",
        method: "inferred",
      },
      { expression: "in June this year", date: "2011-06", precision: "month", method: "inferred" },
    ]);
  });

  it("keeps adjacent dates apart when they disagree or sit on separate lines", () => {
    const text = "Conference 2010\nJune 8, 2010; in 2009 on June 8";
    expect(at(text, "2010-06-08").map((m) => m.expression)).toEqual([
      "2010",
      "June 8, 2010",
      "in 2009",
      "on June 8",
    ]);
  });

  it("merges after a comma only when the later date is finer", () => {
    const text = "It fell last month, on Oct. 5, and rose last summer, this year.";
    expect(at(text, "2023-11-17").map((m) => [m.expression, m.date])).toEqual([
      ["last month, on Oct. 5", "2023-10-05"],
      ["last summer", "2023"],
      ["this year", "2023"],
    ]);
  });

  it("reads a weekday after a date as describing that date", () => {
    const text = "It happened at 8:30 a.m. on 3/14/2015, a Saturday.";
    expect(at(text, "2023-11-17").map((m) => [m.expression, m.date])).toEqual([
      ["on 3/14/2015, a Saturday", "2015-03-14"],
    ]);
  });

  it("drops an anaphoric date with nothing before it", () => {
    expect(at("They ended the day higher.", "2009-04-04")).toEqual([]);
  });

  it("finds nothing in numbers that are not dates", () => {
    const text =
      "In all, 73,654 deaths; the index closed at 7,162.90, down 2.5%, at 10:30 a.m.; tickets cost $1,999 and flight STS-135 carried 2,000 pounds.";
    expect(at(text, "2023-11-17")).toEqual([]);
  });
});

describe("anaphoric dates", () => {
  it("marks each anaphoric expression with what it points back to, in reading order", () => {
    const text =
      "Stocks rose on the same day, up from the previous year; they closed the day higher and fell the next day.";
    const found = anaphoricDateExtractor.extract({ text, reference: null, sentences: [] });
    expect(found.map((c) => [c.expression, c.kind === "anaphoric" ? c.target : null])).toEqual([
      ["the same day", { unit: "day", offset: 0 }],
      ["the previous year", { unit: "year", offset: -1 }],
      ["the day", { unit: "day", offset: 0 }],
      ["the next day", { unit: "day", offset: 1 }],
    ]);
  });

  it("resolves “the next day” and “the following year” against the date before them", () => {
    const text =
      "It opened on March 31, 2009, and closed the next day. It reopened the following year.";
    expect(at(text, "2010-01-01").map((m) => [m.expression, m.date])).toEqual([
      ["on March 31, 2009", "2009-03-31"],
      ["the next day", "2009-04-01"],
      ["the following year", "2010"],
    ]);
  });

  it("moves “the same month a year ago” back one year from the date before it", () => {
    const text = "Sales rose 43% in February compared to the same period last year.";
    expect(at(text, "2010-03-03").map((m) => [m.expression, m.date])).toEqual([
      ["in February", "2010-02"],
      ["the same period last year", "2009-02"],
    ]);
  });

  it("counts days, weeks and years from the date just mentioned", () => {
    const text =
      "The dam broke on May 3, 2021. Two days later, crews arrived; a week earlier, engineers had warned. The report came a year later.";
    const found = findDates(text, { referenceDate: "2024-03-08" });
    expect(found.map((mention) => [mention.expression, mention.date])).toEqual([
      ["on May 3, 2021", "2021-05-03"],
      ["Two days later", "2021-05-05"],
      ["a week earlier", "2021-04-26"],
      ["a year later", "2022"],
    ]);
    expect(found[1]?.resolution.explanation).toBe(
      "Two days later → 2021-05-05, 2 days after “May 3, 2021”, the date mentioned before it",
    );
  });

  it("reads no date in “three days later than planned”, which names none", () => {
    expect(
      findDates("It landed three days later than planned.", { referenceDate: "2024-03-08" }),
    ).toEqual([]);
  });

  it("ignores “the day” that is not the day just reported", () => {
    const found = anaphoricDateExtractor.extract({
      text: "the day he was born",
      reference: null,
      sentences: [],
    });
    expect(found).toEqual([]);
  });
});
