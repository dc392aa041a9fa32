/** Markdown front matter: a leading `---` line, a YAML map, and a closing `---` line. */
import { parseDocument } from "yaml";
import type { Result } from "../model/result.ts";
import { fail, ok } from "../model/result.ts";
import type { FrontMatter } from "./front-matter-fields.ts";
import { readFrontMatterFields } from "./front-matter-fields.ts";

/** The YAML between the `---` lines and the Markdown after them. */
export interface FrontMatterSplit {
  readonly yaml: string;
  readonly body: string;
}

const OPENING_LINE = /^---[ \t]*\r?\n/;
const CLOSING_LINE = /^(?:---|\.\.\.)[ \t]*$/;
// A `key:` or `- item` line: a block between `---` lines with neither is a page's rules around
// prose, not front matter.
const YAML_LINE = /^(?:[^\s#:][^:\n]{0,100}:(?:[ \t]|$)|- )/m;
// The yaml package already caps alias expansion; this also bounds plain nesting and size.
const MAX_FRONT_MATTER_CHARACTERS = 64 * 1024;

/**
 * Finds front matter by content, not by extension: the text must open with a `---` line and
 * close it with a `---` (or `...`) line, and hold YAML fields (or nothing). Returns null for text
 * without front matter.
 */
export function splitFrontMatter(text: string): FrontMatterSplit | null {
  const opening = OPENING_LINE.exec(text);
  if (opening === null) return null;
  let lineStart = opening[0].length;
  while (lineStart <= text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, "");
    if (CLOSING_LINE.test(line)) {
      const yaml = text.slice(opening[0].length, lineStart);
      if (yaml.trim() !== "" && !YAML_LINE.test(yaml)) return null;
      return { yaml, body: newline === -1 ? "" : text.slice(newline + 1) };
    }
    if (newline === -1) return null;
    lineStart = newline + 1;
  }
  return null;
}

/** Parses the YAML block and checks each known field; any problem is one line of text. */
export function parseFrontMatter(yaml: string): Result<FrontMatter, string> {
  if (yaml.length > MAX_FRONT_MATTER_CHARACTERS) return fail("front matter is larger than 64 KB");
  const parsed = parseYaml(yaml);
  if (!parsed.ok) return parsed;
  if (parsed.value === null || parsed.value === undefined) return readFrontMatterFields({});
  if (typeof parsed.value !== "object" || Array.isArray(parsed.value)) {
    return fail("front matter does not parse: it must be a map of fields such as `title: …`");
  }
  return readFrontMatterFields(parsed.value as Record<string, unknown>);
}

function parseYaml(yaml: string): Result<unknown, string> {
  try {
    const document = parseDocument(yaml, { prettyErrors: false, uniqueKeys: true });
    const [firstError] = document.errors;
    if (firstError !== undefined) return fail(`front matter does not parse: ${firstError.message}`);
    return ok(document.toJS({ maxAliasCount: 50 }) as unknown);
  } catch (error) {
    // toJS throws on alias bombs and similar; the text is strange, not our bug.
    const reason = error instanceof Error ? error.message : "unknown YAML error";
    return fail(`front matter does not parse: ${reason}`);
  }
}
