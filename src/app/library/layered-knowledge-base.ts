/**
 * A server's view: the bundled knowledge base and the server's own, searched as one. Only the
 * small own part is built per server; the bundled indices are shared by every server.
 */
import type {
  ArticleEntry,
  KnowledgeBase,
  SearchHit,
  SearchIndex,
} from "../../knowledge-base/knowledge-base.ts";

/** Both parts answer; hits are merged by Fuse score (0 is best), bundled first on a tie. */
function layerIndex<T>(
  lower: SearchIndex<T>,
  upper: SearchIndex<T>,
  offset: number,
): SearchIndex<T> {
  return {
    search(query, options) {
      const upperHits = upper
        .search(query, options)
        .map((hit): SearchHit<T> => ({ ...hit, refIndex: hit.refIndex + offset }));
      const merged = [...lower.search(query, options), ...upperHits].sort(
        (left, right) => (left.score ?? 1) - (right.score ?? 1),
      );
      return options?.limit === undefined ? merged : merged.slice(0, options.limit);
    },
  };
}

class LayeredMap implements ReadonlyMap<string, ArticleEntry> {
  readonly #lower: ReadonlyMap<string, ArticleEntry>;
  readonly #upper: ReadonlyMap<string, ArticleEntry>;
  constructor(lower: ReadonlyMap<string, ArticleEntry>, upper: ReadonlyMap<string, ArticleEntry>) {
    this.#lower = lower;
    this.#upper = upper;
  }
  get size(): number {
    return this.#lower.size + this.#upper.size;
  }
  get(key: string): ArticleEntry | undefined {
    return this.#upper.get(key) ?? this.#lower.get(key);
  }
  has(key: string): boolean {
    return this.#upper.has(key) || this.#lower.has(key);
  }
  *entries(): MapIterator<[string, ArticleEntry]> {
    yield* this.#lower.entries();
    yield* this.#upper.entries();
  }
  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }
  *values(): MapIterator<ArticleEntry> {
    for (const [, value] of this.entries()) yield value;
  }
  forEach(
    callback: (value: ArticleEntry, key: string, map: ReadonlyMap<string, ArticleEntry>) => void,
  ): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
  [Symbol.iterator](): MapIterator<[string, ArticleEntry]> {
    return this.entries();
  }
}

/** `own` article ids never repeat a bundled id: the store reserves them when it adds. */
export function layerKnowledgeBases(bundled: KnowledgeBase, own: KnowledgeBase): KnowledgeBase {
  if (own.entries.length === 0) return bundled;
  const counts = bundled.indices;
  return Object.freeze({
    entries: Object.freeze([...bundled.entries, ...own.entries]),
    byId: new LayeredMap(bundled.byId, own.byId),
    passages: layerIndex(bundled.passages, own.passages, counts.passages.documentCount),
    quotes: layerIndex(bundled.quotes, own.quotes, counts.quotes.documentCount),
    names: layerIndex(bundled.names, own.names, counts.names.documentCount),
    articles: layerIndex(bundled.articles, own.articles, counts.articles.documentCount),
    // The saved-index form is only ever written for the bundled library.
    indices: bundled.indices,
    findNamesWithWords: (words: readonly string[]) => [
      ...bundled.findNamesWithWords(words),
      ...own.findNamesWithWords(words),
    ],
  });
}
