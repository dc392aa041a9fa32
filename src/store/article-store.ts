/**
 * What a server adds to its library, kept safe: one interface, two backends (SQLite by default,
 * PostgreSQL with DATABASE_URL). The same contract tests run on both.
 */

/** Where an article came from, as the member gave it. */
export type ArticleOrigin = "url" | "file" | "text";

/** An article ready to keep: the original bytes and everything read from them. */
export interface NewArticle {
  readonly guildId: string;
  /** Preferred id (a slug); the store makes it unique in the server and against `reservedIds`. */
  readonly preferredId: string;
  readonly title: string;
  readonly origin: ArticleOrigin;
  /** Media type of `bytes` as received: "text/html", "text/plain", "text/markdown". */
  readonly mediaType: string;
  /** The canonical URL, for "already added" detection; null for a file or pasted text. */
  readonly canonicalUrl: string | null;
  /** Hash of the article's text (not its bytes), so the same text from two pages is one article. */
  readonly contentHash: string;
  readonly bytes: Uint8Array;
  /** The ingested Article, as JSON (passages included), so a rebuild needs no re-reading. */
  readonly article: unknown;
  /** The Analysis, as JSON. */
  readonly analysis: unknown;
  /** The Discord user id of the member who added it. */
  readonly addedBy: string;
}

/** One kept article without its heavy parts: what a list shows. */
export interface ArticleSummary {
  readonly guildId: string;
  readonly articleId: string;
  readonly title: string;
  readonly origin: ArticleOrigin;
  readonly canonicalUrl: string | null;
  readonly byteLength: number;
  readonly addedBy: string;
  /** Milliseconds since the epoch. */
  readonly addedAt: number;
}

/** One kept article as an index is rebuilt from it: no original bytes (up to megabytes each). */
export interface StoredEntry extends ArticleSummary {
  readonly article: unknown;
  readonly analysis: unknown;
}

/** One kept article in full. */
export interface StoredArticle extends StoredEntry {
  readonly mediaType: string;
  readonly contentHash: string;
  readonly bytes: Uint8Array;
}

/** Limits per server and per member; every refusal says which one. */
export interface StoreQuotas {
  readonly maxArticlesPerServer: number;
  readonly maxBytesPerServer: number;
  readonly maxAddsPerMemberPerHour: number;
}

export const DEFAULT_QUOTAS: StoreQuotas = Object.freeze({
  maxArticlesPerServer: 500,
  maxBytesPerServer: 50 * 1024 * 1024,
  maxAddsPerMemberPerHour: 20,
});

export type QuotaCode = "server-articles" | "server-bytes" | "member-rate";

/** What an add did. Only "added" means the article is committed. */
export type AddOutcome =
  | { readonly kind: "added"; readonly article: ArticleSummary; readonly version: number }
  | {
      readonly kind: "duplicate";
      readonly existing: ArticleSummary;
      readonly sameAs: "url" | "text";
    }
  | { readonly kind: "quota"; readonly code: QuotaCode; readonly message: string };

export interface AddOptions {
  /** Ids the server cannot use: the bundled library's. */
  readonly reservedIds: ReadonlySet<string>;
  /** The clock, passed in: milliseconds since the epoch. */
  readonly now: number;
}

export interface ArticlePage {
  readonly items: readonly ArticleSummary[];
  readonly total: number;
}

export interface ArticleStore {
  readonly backend: "sqlite" | "postgres";
  /** Checks quotas and duplicates and commits, in one transaction; resolves after the commit. */
  add(article: NewArticle, options: AddOptions): Promise<AddOutcome>;
  /** Removes one article of this server; false when the server has no such article. */
  remove(guildId: string, articleId: string): Promise<boolean>;
  /** Newest first. */
  list(guildId: string, offset: number, limit: number): Promise<ArticlePage>;
  get(guildId: string, articleId: string): Promise<StoredArticle | null>;
  /**
   * Every article of the server, oldest first, without the original bytes: what an index is
   * rebuilt from, on a cache miss, so it reads no more than the index needs.
   */
  loadAll(guildId: string): Promise<readonly StoredEntry[]>;
  /** Grows with every add and remove in the server; 0 for a server that never added one. */
  readVersion(guildId: string): Promise<number>;
  /**
   * Calls `listener` with a server id soon after another process (or this one) changes that
   * server's library. PostgreSQL pushes it (LISTEN/NOTIFY); SQLite polls. Returns a stop function.
   */
  watch(listener: (guildId: string) => void): () => void;
  close(): Promise<void>;
}
