/** What ingest produces: one article, its metadata and its numbered passages. */

export type PassageKind = "paragraph" | "heading" | "caption";

/** One numbered block of the article (¶n). `text` is verbatim apart from whitespace. */
export interface Passage {
  /** "p1", "p2", … in reading order. */
  readonly id: string;
  readonly n: number;
  readonly kind: PassageKind;
  readonly text: string;
}

export type StanceValue = "supports" | "opposes" | "neutral" | "mixed";

/** Corrections a curator wrote in Markdown front matter; they win over extraction. */
export interface Curation {
  /** Canonical actor name → other names the article uses for them. */
  readonly aliases: Readonly<Record<string, readonly string[]>>;
  /** Canonical actor name → their stance on the article's central action. */
  readonly stances: Readonly<Record<string, StanceValue>>;
}

export interface Article {
  /** Slug of the file name, e.g. "fentanyl-ifs". */
  readonly id: string;
  readonly fileName: string;
  readonly title: string;
  readonly author: string | null;
  /** ISO date "YYYY-MM-DD", or null when the article gives none. */
  readonly published: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly section: string | null;
  readonly format: "text" | "markdown";
  readonly passages: readonly Passage[];
  readonly curation: Curation;
  /** What ingest was unsure of, written for a person. */
  readonly warnings: readonly string[];
}
