/** Rows as both backends read them, turned into store values the same way. */
import type {
  ArticleOrigin,
  ArticleSummary,
  NewArticle,
  StoredArticle,
  StoredEntry,
} from "./article-store.ts";

export interface SummaryRow {
  readonly guild_id: string;
  readonly article_id: string;
  readonly title: string;
  readonly origin: string;
  readonly canonical_url: string | null;
  readonly byte_length: number | string | bigint;
  readonly added_by: string;
  readonly added_at: number | string | bigint;
}

export interface EntryRow extends SummaryRow {
  readonly article_json: string;
  readonly analysis_json: string;
}

export interface ArticleRow extends EntryRow {
  readonly media_type: string;
  readonly content_hash: string;
  readonly bytes: Uint8Array;
}

export const SUMMARY_COLUMNS =
  "guild_id, article_id, title, origin, canonical_url, byte_length, added_by, added_at";
export const ENTRY_COLUMNS = `${SUMMARY_COLUMNS}, article_json, analysis_json`;
export const ARTICLE_COLUMNS = `${ENTRY_COLUMNS}, media_type, content_hash, bytes`;

const ORIGINS: readonly ArticleOrigin[] = ["url", "file", "text"];

// pg returns BIGINT as a string (it may exceed 2^53); our values are byte counts and epoch ms.
function toNumber(value: number | string | bigint): number {
  return typeof value === "number" ? value : Number(value);
}

export function readSummary(row: SummaryRow): ArticleSummary {
  return {
    guildId: row.guild_id,
    articleId: row.article_id,
    title: row.title,
    origin: ORIGINS.find((origin) => origin === row.origin) ?? "file",
    canonicalUrl: row.canonical_url,
    byteLength: toNumber(row.byte_length),
    addedBy: row.added_by,
    addedAt: toNumber(row.added_at),
  };
}

export function readEntry(row: EntryRow): StoredEntry {
  return {
    ...readSummary(row),
    article: JSON.parse(row.article_json) as unknown,
    analysis: JSON.parse(row.analysis_json) as unknown,
  };
}

export function readArticle(row: ArticleRow): StoredArticle {
  return {
    ...readEntry(row),
    mediaType: row.media_type,
    contentHash: row.content_hash,
    bytes: new Uint8Array(row.bytes),
  };
}

/** The values of one new `articles` row, in the column order both backends insert. */
export function newArticleValues(
  article: NewArticle,
  articleId: string,
  addedAt: number,
): readonly unknown[] {
  return [
    article.guildId,
    articleId,
    article.title,
    article.origin,
    article.mediaType,
    article.canonicalUrl,
    article.contentHash,
    Buffer.from(article.bytes),
    article.bytes.length,
    JSON.stringify(article.article),
    JSON.stringify(article.analysis),
    article.addedBy,
    addedAt,
  ];
}
