/** The messages between the extraction pool and its workers; plain data, structured-clone safe. */
import type { Analysis } from "../../model/analysis.ts";
import type { Article } from "../../model/article.ts";
import type { Result } from "../../model/result.ts";

/** One article to read: raw file bytes (ingest + analyse) or an article already ingested. */
export type ExtractionInput =
  | { readonly kind: "file"; readonly fileName: string; readonly bytes: Uint8Array }
  | { readonly kind: "article"; readonly article: Article };

export interface ExtractionRequest {
  readonly id: number;
  readonly input: ExtractionInput;
}

/** An article and what extraction found in it. */
export interface ExtractedEntry {
  readonly article: Article;
  readonly analysis: Analysis;
}

export interface ExtractionResponse {
  readonly id: number;
  /** The error is a one-line reason written for a person, without the file name. */
  readonly result: Result<ExtractedEntry, string>;
}
