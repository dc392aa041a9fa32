/** Refiner: resolves "the same day", "the next day", "the previous year" against earlier dates. */
import { addDays, formatDay, formatYear, parseIsoDay } from "../../ingest/calendar.ts";
import type { AnaphoricMention, DateMention, DateRefiner } from "./date-mention.ts";

/**
 * Resolves each anaphoric expression against the last date mentioned before it (in this
 * text, or `anchor` from an earlier passage), and drops it when there is none.
 */
export const resolveAnaphoricDates: DateRefiner = ({ anchor }, candidates) => {
  const resolved: DateMention[] = [];
  let last = anchor;
  let lastDay = anchor?.precision === "day" ? anchor : null;
  for (const candidate of candidates) {
    if (candidate.kind === "resolved") {
      resolved.push(candidate);
      last = candidate;
      if (candidate.precision === "day") lastDay = candidate;
      continue;
    }
    const source = candidate.target.unit === "day" ? lastDay : last;
    const mention = source === null ? null : resolveAgainst(candidate, source);
    if (mention !== null) resolved.push(mention);
  }
  return resolved;
};

function resolveAgainst(candidate: AnaphoricMention, source: DateMention): DateMention | null {
  const { unit, offset } = candidate.target;
  const day = parseIsoDay(source.date);
  const year = Number(source.date.slice(0, 4));
  let value: Pick<DateMention, "date" | "precision">;
  if (unit === "day" && day !== null)
    value = { date: formatDay(addDays(day, offset)), precision: "day" };
  else if (unit === "year") value = { date: formatYear(year + offset), precision: "year" };
  else if (unit === "date") value = shiftYears(source, offset);
  else return null;
  if (value.precision === "day" && parseIsoDay(value.date) === null) return null;
  const direction = offset < 0 ? "before" : "after";
  const shifted = unit === "date" ? `the same date ${Math.abs(offset)} year(s) ${direction}` : "";
  const counted = Math.abs(offset) === 1 ? `the ${unit}` : `${Math.abs(offset)} ${unit}s`;
  const relation = offset === 0 ? "the same date as" : shifted || `${counted} ${direction}`;
  return {
    kind: "resolved",
    expression: candidate.expression,
    span: candidate.span,
    ...value,
    resolution: {
      method: "inferred",
      explanation: `${candidate.expression} → ${value.date}, ${relation} “${source.expression}”, the date mentioned before it`,
    },
  };
}

/** The same month or day, `years` later (negative: earlier), at the source's precision. */
function shiftYears(source: DateMention, years: number): Pick<DateMention, "date" | "precision"> {
  const year = formatYear(Number(source.date.slice(0, 4)) + years);
  return { date: `${year}${source.date.slice(4)}`, precision: source.precision };
}
