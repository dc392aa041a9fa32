/** chrono-node as a baseline date finder, for `npm run eval:timex -- --chrono`. */
import * as chrono from "chrono-node";
import type { DateFinder } from "./eval-timex-score.ts";

const pad = (value: number | null, width: number): string =>
  String(value ?? 0).padStart(width, "0");

/** chrono's casual English parser; precision is what it reports as certain. */
export const findChronoDates: DateFinder = (text, referenceDate) => {
  const [year, month, day] = referenceDate.split("-").map(Number);
  const reference = new Date(Date.UTC(year ?? 2000, (month ?? 1) - 1, day ?? 1, 12));
  return chrono.parse(text, reference).map((result) => {
    const start = result.start;
    const yearText = pad(start.get("year"), 4);
    const date = start.isCertain("day")
      ? `${yearText}-${pad(start.get("month"), 2)}-${pad(start.get("day"), 2)}`
      : start.isCertain("month")
        ? `${yearText}-${pad(start.get("month"), 2)}`
        : yearText;
    return {
      expression: result.text,
      span: [result.index, result.index + result.text.length],
      date,
    };
  });
};
