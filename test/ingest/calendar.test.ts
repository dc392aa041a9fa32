import { describe, expect, it } from "vitest";
import {
  alternationOf,
  daysInMonth,
  MONTH_ABBREVIATIONS,
  monthNumberOf,
  weekdayNumberOf,
} from "../../src/ingest/calendar.ts";

describe("the calendar tables", () => {
  it.each([
    ["January", 1],
    ["Sept.", 9],
    ["Sep", 9],
    ["sept", 9],
    ["May", 5],
    ["Dec.", 12],
  ] as const)("reads the month %s as %i", (name, number) => {
    expect(monthNumberOf(name)).toBe(number);
  });

  it.each(["Septober", "Ma", "Mayday", "", "Junee"])("reads no month in %s", (name) => {
    expect(monthNumberOf(name)).toBeNull();
  });

  it.each([
    ["Sunday", 0],
    ["Thurs", 4],
    ["Tue.", 2],
    ["saturday", 6],
  ] as const)("reads the weekday %s as %i", (name, number) => {
    expect(weekdayNumberOf(name)).toBe(number);
  });

  it("has no abbreviation for May, which is already short", () => {
    expect(MONTH_ABBREVIATIONS).not.toContain("May");
    expect(MONTH_ABBREVIATIONS).toContain("Sept");
  });

  it("puts longer words first, so a regex never stops at a prefix", () => {
    const pattern = new RegExp(`^(?:${alternationOf(["Sep", "Sept", "September"])})`);
    expect(pattern.exec("September 3")?.[0]).toBe("September");
    expect(pattern.exec("Sept. 3")?.[0]).toBe("Sept");
  });

  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [4, 2, 29],
    [2023, 4, 30],
    [2023, 12, 31],
  ] as const)("knows %i-%i has %i days", (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});
