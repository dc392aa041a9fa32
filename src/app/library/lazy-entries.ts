/**
 * A prebuilt library served before its articles are parsed. Opening checks the structure of the
 * sections (counts, offsets, lengths) in time proportional to the number of articles; each
 * article is parsed, checked against the model and word for word against its passages, and
 * checked against the sections the searches read, the first time anything asks for it. `verify`
 * does the same for every article, in the background, so a file that passes its checksum but
 * not its content is found within seconds of start-up, not only when a command reads the
 * article.
 */
import type { ArticleEntry } from "../../knowledge-base/knowledge-base.ts";
import { parseArticleEntry } from "../../knowledge-base/restore-knowledge-base.ts";
import type { Article } from "../../model/article.ts";
import type { Result } from "../../model/result.ts";
import { fail } from "../../model/result.ts";
import type { ArticleHeadValues, EntryColumns } from "./lazy-columns.ts";
import { countByActorName } from "../../knowledge-base/actor-counts.ts";
import { HEAD_FIELDS, namesOf, TABLE, TABLE_FIELDS } from "./prebuilt-entry-sections.ts";

/** Thrown when a command reads an article whose saved form does not check out. */
export class CorruptEntryError extends Error {}

export interface LazyEntries {
  readonly entries: readonly ArticleEntry[];
  /** The entry at `index`, parsed and checked (once); throws CorruptEntryError. */
  readonly load: (index: number) => ArticleEntry;
  /**
   * Every entry not yet read parsed and checked, then dropped; the first problem, or null.
   * Yields to the event loop between slices.
   */
  readonly verify: (options?: { readonly sliceMs?: number }) => Promise<string | null>;
  /** verify, all at once, keeping every entry parsed (for a small library). */
  readonly verifySync: () => string | null;
  /** How many entries are parsed and kept now. */
  readonly parsedCount: () => number;
}

const DEFAULT_SLICE_MS = 10;
/** Parsed articles a large library keeps (about 300 MB at news-article sizes). */
export const MAX_RECENT_ENTRIES = 4_000;

export function createLazyEntries(
  columns: EntryColumns,
  onCorrupt: (problem: string) => void,
  maxRecent = MAX_RECENT_ENTRIES,
): LazyEntries {
  // A small library's entries are all kept (pinned, by verifySync); a large one keeps the most
  // recently read, so memory stays bounded however many articles commands touch.
  const pinned: (ArticleEntry | undefined)[] = [];
  const recent = new Map<number, ArticleEntry>();
  const cached = (index: number): ArticleEntry | undefined => {
    const entry = pinned[index] ?? recent.get(index);
    if (entry !== undefined && recent.delete(index)) recent.set(index, entry);
    return entry;
  };
  const keep = (index: number, entry: ArticleEntry): void => {
    recent.set(index, entry);
    if (recent.size > maxRecent) {
      const [oldest] = recent.keys();
      if (oldest !== undefined) recent.delete(oldest);
    }
  };
  const check = (index: number): Result<ArticleEntry, string> => {
    const parsed = parseEntry(columns, index);
    if (!parsed.ok) return parsed;
    const problem = compareWithColumns(columns, index, parsed.value);
    return problem === null ? parsed : fail(`entry ${index + 1}: ${problem}`);
  };
  const load = (index: number): ArticleEntry => {
    const hit = cached(index);
    if (hit !== undefined) return hit;
    const checked = check(index);
    if (!checked.ok) {
      const message = `the prebuilt index is corrupt (${checked.error})`;
      onCorrupt(message);
      throw new CorruptEntryError(message);
    }
    keep(index, checked.value);
    return checked.value;
  };
  /** Checks an entry not yet read; `isPinned` keeps it parsed (a small library is read whole). */
  const problemAt = (index: number, isPinned: boolean): string | null => {
    if (pinned[index] !== undefined || recent.has(index)) return null;
    const checked = check(index);
    if (!checked.ok) return `the prebuilt index is corrupt (${checked.error})`;
    if (isPinned) pinned[index] = checked.value;
    return null;
  };
  const entries = columns.heads.map((head, index) => lazyEntry(head, () => load(index)));
  return {
    entries,
    load,
    parsedCount: () => pinned.filter((entry) => entry !== undefined).length + recent.size,
    verifySync: () => {
      for (let index = 0; index < entries.length; index++) {
        const problem = problemAt(index, true);
        if (problem !== null) return problem;
      }
      return null;
    },
    verify: async ({ sliceMs = DEFAULT_SLICE_MS } = {}) => {
      let sliceStart = performance.now();
      for (let index = 0; index < entries.length; index++) {
        // Not kept: a large library stays unparsed until its articles are read.
        const problem = problemAt(index, false);
        if (problem !== null) {
          onCorrupt(problem);
          return problem;
        }
        if (performance.now() - sliceStart >= sliceMs) {
          await new Promise((resolve) => setImmediate(resolve));
          sliceStart = performance.now();
        }
      }
      return null;
    },
  };
}

/** An entry whose head fields are at hand and whose passages and analysis load when read. */
function lazyEntry(head: ArticleHeadValues, load: () => ArticleEntry): ArticleEntry {
  const article = Object.fromEntries(HEAD_FIELDS.map((field, at) => [field, head[at]]));
  for (const field of ["passages", "curation", "warnings"] as const) {
    Object.defineProperty(article, field, { enumerable: true, get: () => load().article[field] });
  }
  const entry = { article: article as unknown as Article };
  Object.defineProperty(entry, "analysis", { enumerable: true, get: () => load().analysis });
  return entry as ArticleEntry;
}

function parseEntry(columns: EntryColumns, index: number): Result<ArticleEntry, string> {
  let value: unknown = null;
  try {
    value = JSON.parse(columns.readEntry(index));
  } catch {
    // A line that is not JSON fails the model check below.
  }
  const parsed = parseArticleEntry(value);
  return parsed.ok ? parsed : fail(`entry ${index + 1}: ${parsed.error}`);
}

/** Why the sections the searches read disagree with the parsed entry, or null. */
function compareWithColumns(
  columns: EntryColumns,
  index: number,
  { article, analysis }: ArticleEntry,
): string | null {
  const head = columns.heads[index] ?? [];
  if (HEAD_FIELDS.some((field, at) => article[field] !== head[at])) return "heads differ";
  const row = index * TABLE_FIELDS;
  const { table } = columns;
  if (
    article.passages.length !== table[row + TABLE.passages] ||
    analysis.quotes.length !== table[row + TABLE.quotes]
  ) {
    return "document counts differ";
  }
  const first = columns.firstPassage[index] ?? 0;
  for (let at = 0; at < article.passages.length; at++) {
    const passage = article.passages[at];
    const id = first + at;
    if (
      passage === undefined ||
      passage.id !== columns.passageIds[id] ||
      passage.n !== columns.passageNumbers[id] ||
      passage.text !== columns.passageText(id)
    ) {
      return "passage texts differ";
    }
  }
  let name = columns.firstName[index] ?? 0;
  const counts = countByActorName(analysis);
  for (const actor of analysis.actors) {
    for (const form of namesOf(actor)) {
      if (columns.names[2 * name] !== form || columns.names[2 * name + 1] !== actor.name) {
        return "names differ";
      }
      if (
        columns.nameCounts[2 * name] !== (counts.get(actor.name)?.quotes ?? 0) ||
        columns.nameCounts[2 * name + 1] !== (counts.get(actor.name)?.mentions ?? 0)
      ) {
        return "name counts differ";
      }
      name++;
    }
  }
  return name === columns.firstName[index + 1] ? null : "names differ";
}
