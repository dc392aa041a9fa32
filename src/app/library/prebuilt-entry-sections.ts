/**
 * The sections that let a library be served from the prebuilt index before its articles are
 * parsed: each entry's place in the entries section and its document counts, the fields that
 * list and title articles ("heads"), and what searches rank without opening an article (passage
 * texts and ids, each name with its actor's name and how many quotes and mentions that actor has). Written from whole entries; read back by
 * lazy-entries.ts, which checks every one of them against the entries themselves.
 */
import type { ArticleEntry } from "../../knowledge-base/knowledge-base.ts";
import type { Article } from "../../model/article.ts";
import { countByActorName } from "../../knowledge-base/actor-counts.ts";

/** Per entry in `entries.table`: where its line starts, its length, and its documents. */
export const TABLE_FIELDS = 5;
export const TABLE = { start: 0, length: 1, passages: 2, quotes: 3, names: 4 } as const;

/** The article fields kept in `entries.heads`, in this order. */
export const HEAD_FIELDS = [
  "id",
  "fileName",
  "title",
  "author",
  "published",
  "source",
  "url",
  "section",
  "format",
] as const;

export type ArticleHead = Pick<Article, (typeof HEAD_FIELDS)[number]>;

/** The names an actor is found by, in the order the names index numbers them. */
export function namesOf(actor: { readonly name: string; readonly aliases: readonly string[] }) {
  return [actor.name, ...actor.aliases];
}

export interface EntrySections {
  /** Sections read into memory on opening. */
  readonly sections: readonly [string, readonly Uint8Array[]][];
  /** The passage texts, one after another: read from the file when a search shows one. */
  readonly passageTexts: readonly Uint8Array[];
  /** Each entry as one JSON line, in order: read from the file when an article is. */
  readonly lines: readonly Uint8Array[];
}

/** The sections that stay in the file, last in it and in this order. */
export const TAIL_SECTIONS = ["passages.text", "entries"] as const;

const bytesOf = (values: Uint32Array): Uint8Array =>
  new Uint8Array(values.buffer, values.byteOffset, values.byteLength);

export function encodeEntrySections(entries: readonly ArticleEntry[]): EntrySections {
  const table = new Uint32Array(entries.length * TABLE_FIELDS);
  const lines: Uint8Array[] = [];
  const texts: Uint8Array[] = [];
  const passageCount = entries.reduce((sum, entry) => sum + entry.article.passages.length, 0);
  const textStarts = new Uint32Array(passageCount + 1);
  const numbers = new Uint32Array(passageCount);
  const ids: string[] = [];
  const names: string[] = [];
  // Per name: its actor's quotes and mentions, by turns.
  const nameCounts: number[] = [];
  let lineStart = 0;
  let passage = 0;
  entries.forEach(({ article, analysis }, at) => {
    // JSON.stringify escapes newlines inside strings, so each line is exactly one entry.
    const line = Buffer.from(`${JSON.stringify({ article, analysis })}\n`);
    lines.push(line);
    const row = at * TABLE_FIELDS;
    table[row + TABLE.start] = lineStart;
    table[row + TABLE.length] = line.length - 1;
    table[row + TABLE.passages] = article.passages.length;
    table[row + TABLE.quotes] = analysis.quotes.length;
    lineStart += line.length;
    for (const { id, n, text } of article.passages) {
      const bytes = Buffer.from(text);
      texts.push(bytes);
      textStarts[passage + 1] = (textStarts[passage] ?? 0) + bytes.length;
      numbers[passage] = n;
      ids.push(id);
      passage++;
    }
    let nameCount = 0;
    const counts = countByActorName(analysis);
    for (const actor of analysis.actors) {
      for (const name of namesOf(actor)) {
        names.push(name, actor.name);
        const { quotes = 0, mentions = 0 } = counts.get(actor.name) ?? {};
        nameCounts.push(quotes, mentions);
      }
      nameCount += namesOf(actor).length;
    }
    table[row + TABLE.names] = nameCount;
  });
  const heads = entries.map(({ article }) => HEAD_FIELDS.map((field) => article[field]));
  return {
    lines,
    passageTexts: texts,
    sections: [
      ["entries.table", [bytesOf(table)]],
      ["entries.heads", [Buffer.from(JSON.stringify(heads))]],
      ["passages.textStarts", [bytesOf(textStarts)]],
      ["passages.n", [bytesOf(numbers)]],
      // Passage ids are "p3" or "p3b": never a newline.
      ["passages.ids", [Buffer.from(ids.join("\n"))]],
      ["names.docs", [Buffer.from(JSON.stringify(names))]],
      ["names.counts", [bytesOf(Uint32Array.from(nameCounts))]],
    ],
  };
}
