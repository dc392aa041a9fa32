/**
 * The searches' documents of a prebuilt library, made when a search asks for one: passages and
 * names from their own sections (no article parsed), quotes from their article (parsed and
 * checked on first use). Document numbers are the token indices' own.
 */
import type {
  ArticleEntry,
  DocumentList,
  KnowledgeDocuments,
  NameDocument,
  PassageDocument,
  QuoteDocument,
} from "../../knowledge-base/knowledge-base.ts";
import type { Actor } from "../../model/analysis.ts";
import type { EntryColumns } from "./lazy-columns.ts";
import { namesOf } from "./prebuilt-entry-sections.ts";

/** The entry whose documents, numbered from `first[entry]`, include `document`. */
export function entryOf(first: Uint32Array, document: number): number {
  let low = 0;
  let high = first.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((first[middle] as number) <= document) low = middle;
    else high = middle - 1;
  }
  return low;
}

function list<T>(length: number, make: (index: number) => T | undefined): DocumentList<T> {
  return {
    length,
    at: (index) =>
      Number.isInteger(index) && index >= 0 && index < length ? make(index) : undefined,
  };
}

export function createLazyDocuments(
  columns: EntryColumns,
  load: (entry: number) => ArticleEntry,
): KnowledgeDocuments {
  const idOf = (entry: number): string => String(columns.heads[entry]?.[0] ?? "");
  const passages = list<PassageDocument>(columns.passageIds.length, (index) => ({
    articleId: idOf(entryOf(columns.firstPassage, index)),
    passage: columns.passageIds[index] ?? "",
    n: columns.passageNumbers[index] ?? 0,
    text: columns.passageText(index),
  }));
  const quoteCount = columns.firstQuote[columns.firstQuote.length - 1] ?? 0;
  const quotes = list<QuoteDocument>(quoteCount, (index) => {
    const entry = entryOf(columns.firstQuote, index);
    const quote = load(entry).analysis.quotes[index - (columns.firstQuote[entry] ?? 0)];
    return quote === undefined
      ? undefined
      : { articleId: idOf(entry), quote, text: quote.text, speaker: quote.speaker ?? "" };
  });
  const names = list<NameDocument>(columns.names.length / 2, (index) => {
    const entry = entryOf(columns.firstName, index);
    const local = index - (columns.firstName[entry] ?? 0);
    return {
      articleId: idOf(entry),
      name: columns.names[2 * index] ?? "",
      actor: lazyActor(columns.names[2 * index + 1] ?? "", () => actorAt(load(entry), local)),
      quoteCount: columns.nameCounts[2 * index] ?? 0,
      mentionCount: columns.nameCounts[2 * index + 1] ?? 0,
    };
  });
  const articles = list(columns.heads.length, (index) => ({
    articleId: idOf(index),
    title: String(columns.heads[index]?.[2] ?? ""),
  }));
  return { passages, quotes, names, articles };
}

/** The actor that the article's `local`-th name (in namesOf order) belongs to. */
function actorAt(entry: ArticleEntry, local: number): Actor {
  let seen = 0;
  for (const actor of entry.analysis.actors) {
    seen += namesOf(actor).length;
    if (local < seen) return actor;
  }
  throw new Error(`name ${local} is past the actors of ${entry.article.id}`);
}

/**
 * An actor whose name is at hand (autocomplete needs no more) and whose other fields load with
 * its article when read. Serialises as the whole actor.
 */
class LazyActor {
  readonly name: string;
  readonly #load: () => Actor;
  constructor(name: string, load: () => Actor) {
    this.name = name;
    this.#load = load;
  }
  get id(): string {
    return this.#load().id;
  }
  get kind(): Actor["kind"] {
    return this.#load().kind;
  }
  get aliases(): readonly string[] {
    return this.#load().aliases;
  }
  get role(): string | null {
    return this.#load().role;
  }
  get organization(): string | null {
    return this.#load().organization;
  }
  get passages(): readonly string[] {
    return this.#load().passages;
  }
  toJSON(): Actor {
    return this.#load();
  }
}

function lazyActor(name: string, load: () => Actor): Actor {
  return new LazyActor(name, load);
}
