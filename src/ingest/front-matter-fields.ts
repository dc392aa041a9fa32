/** The fields a curator may write in front matter, each checked and turned into model values. */
import type { Curation, StanceValue } from "../model/article.ts";
import type { Result } from "../model/result.ts";
import { fail, ok } from "../model/result.ts";
import { parseWholeDate, toIsoDate } from "./calendar-date.ts";
import { normalizeWhitespace } from "./normalize-whitespace.ts";

/** Front-matter values; null where the curator did not write the field. */
export interface FrontMatter {
  readonly title: string | null;
  readonly author: string | null;
  readonly published: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly section: string | null;
  readonly curation: Curation;
  readonly warnings: readonly string[];
}

const TEXT_FIELDS = ["title", "author", "source", "url", "section"] as const;
const KNOWN_FIELDS = new Set<string>([...TEXT_FIELDS, "published", "date", "aliases", "stances"]);
const STANCE_VALUES: readonly StanceValue[] = ["supports", "opposes", "neutral", "mixed"];

type TextField = (typeof TEXT_FIELDS)[number];

/** Checks every known field; unknown fields become warnings so typos are noticed. */
export function readFrontMatterFields(
  fields: Record<string, unknown>,
): Result<FrontMatter, string> {
  const texts: Partial<Record<TextField, string | null>> = {};
  for (const name of TEXT_FIELDS) {
    const value = readText(fields, name);
    if (!value.ok) return value;
    texts[name] = value.value;
  }
  const published = readPublished(fields["published"] ?? fields["date"]);
  if (!published.ok) return published;
  const aliases = readAliases(fields["aliases"]);
  if (!aliases.ok) return aliases;
  const stances = readStances(fields["stances"]);
  if (!stances.ok) return stances;
  const warnings = Object.keys(fields)
    .filter((name) => !KNOWN_FIELDS.has(name))
    .map((name) => `unknown front-matter field "${name}" ignored`);
  return ok({
    title: texts.title ?? null,
    author: texts.author ?? null,
    published: published.value,
    source: texts.source ?? null,
    url: texts.url ?? null,
    section: texts.section ?? null,
    curation: { aliases: aliases.value, stances: stances.value },
    warnings,
  });
}

function readText(fields: Record<string, unknown>, name: string): Result<string | null, string> {
  const value = fields[name];
  if (value === undefined || value === null) return ok(null);
  if (typeof value !== "string")
    return fail(`front matter ${name} must be text, not ${describe(value)}`);
  const text = normalizeWhitespace(value);
  return ok(text === "" ? null : text);
}

function readPublished(value: unknown): Result<string | null, string> {
  if (value === undefined || value === null) return ok(null);
  if (value instanceof Date) {
    // YAML 1.1 timestamps arrive as Dates at UTC midnight; read them in UTC, not local time.
    const iso = toIsoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
    return iso === null ? fail("front matter published is not a real date") : ok(iso);
  }
  if (typeof value !== "string") {
    return fail(`front matter published must be a date such as 2023-11-17, not ${describe(value)}`);
  }
  const iso = parseWholeDate(value);
  return iso === null
    ? fail(`front matter published "${value}" is not a real date (use YYYY-MM-DD)`)
    : ok(iso);
}

function readAliases(value: unknown): Result<Record<string, readonly string[]>, string> {
  if (value === undefined || value === null) return ok({});
  if (!isPlainMap(value)) return fail("front matter aliases must map a name to a list of names");
  // Entries and fromEntries, not assignment, so a key such as "__proto__" stays plain data.
  const aliases: [string, readonly string[]][] = [];
  for (const [name, list] of Object.entries(value)) {
    const names = typeof list === "string" ? [list] : list;
    if (!Array.isArray(names) || !names.every((item): item is string => typeof item === "string")) {
      return fail(`front matter aliases for "${name}" must be a list of names`);
    }
    aliases.push([
      normalizeWhitespace(name),
      names.map(normalizeWhitespace).filter((item) => item !== ""),
    ]);
  }
  return ok(Object.fromEntries(aliases));
}

function readStances(value: unknown): Result<Record<string, StanceValue>, string> {
  if (value === undefined || value === null) return ok({});
  if (!isPlainMap(value)) return fail("front matter stances must map a name to a stance");
  const stances: [string, StanceValue][] = [];
  for (const [name, stance] of Object.entries(value)) {
    const match = STANCE_VALUES.find((allowed) => allowed === stance);
    if (match === undefined) {
      return fail(`front matter stance for "${name}" must be one of ${STANCE_VALUES.join(", ")}`);
    }
    stances.push([normalizeWhitespace(name), match]);
  }
  return ok(Object.fromEntries(stances));
}

function isPlainMap(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date)
  );
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a date";
  return typeof value === "object" ? "a map" : `the ${typeof value} ${String(value)}`;
}
