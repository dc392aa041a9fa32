/** The article object of a page's JSON-LD (schema.org NewsArticle and its kin), if it has one. */

export interface JsonLdArticle {
  readonly headline: string | null;
  readonly datePublished: string | null;
  readonly authors: readonly string[];
  readonly publisher: string | null;
  readonly url: string | null;
}

const ARTICLE_TYPE = /(?:Article|BlogPosting|Report)$/u;
// JSON-LD nests (@graph, arrays, mainEntity); a bound keeps a hostile page from going deep.
const MAX_DEPTH = 8;

/** Reads each `<script type="application/ld+json">` text; the first article object wins. */
export function findJsonLdArticle(scripts: readonly string[]): JsonLdArticle | null {
  for (const script of scripts) {
    const parsed = parseJson(script);
    const found = parsed === undefined ? null : findArticleObject(parsed, 0);
    if (found !== null) return readArticle(found);
  }
  return null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function findArticleObject(value: unknown, depth: number): Record<string, unknown> | null {
  if (depth > MAX_DEPTH || typeof value !== "object" || value === null) return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticleObject(item, depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  const types = [record["@type"]].flat().filter((type): type is string => typeof type === "string");
  if (types.some((type) => ARTICLE_TYPE.test(type))) return record;
  return findArticleObject(record["@graph"] ?? record["mainEntity"] ?? null, depth + 1);
}

function readArticle(record: Record<string, unknown>): JsonLdArticle {
  return {
    headline: readText(record["headline"]) ?? readText(record["name"]),
    datePublished: readText(record["datePublished"]) ?? readText(record["dateCreated"]),
    authors: readNames(record["author"]),
    publisher: readNames(record["publisher"])[0] ?? null,
    url: readText(record["url"]) ?? readUrlOf(record["mainEntityOfPage"]),
  };
}

function readText(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.replace(/\s+/gu, " ").trim();
  return text === "" ? null : text;
}

/** A name, a {name} object, or a list of either. */
function readNames(value: unknown): string[] {
  return [value]
    .flat()
    .map((item) =>
      typeof item === "object" && item !== null
        ? readText((item as Record<string, unknown>)["name"])
        : readText(item),
    )
    .filter((name): name is string => name !== null && !/^https?:/iu.test(name));
}

function readUrlOf(value: unknown): string | null {
  if (typeof value === "string") return readText(value);
  if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    return readText(record["@id"]) ?? readText(record["url"]);
  }
  return null;
}
