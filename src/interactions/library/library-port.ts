/**
 * What the /library flows need from a server's library. `ServerLibraries` (app/library) fits it;
 * the interaction layer names only what it uses, so it does not reach up into the wiring.
 */
import type { ArticleEntry } from "../../knowledge-base/knowledge-base.ts";

export type LibrarySource =
  | { readonly kind: "url"; readonly url: string }
  /** An attachment: Discord gives its file name and a URL to download it from. */
  | { readonly kind: "file"; readonly fileName: string; readonly url: string }
  | { readonly kind: "text"; readonly text: string };

export type LibraryAddResult =
  | { readonly kind: "added"; readonly entry: ArticleEntry; readonly addedAt: number }
  | {
      readonly kind: "duplicate";
      readonly existing: { readonly articleId: string; readonly title: string };
      readonly sameAs: "url" | "text";
    }
  | { readonly kind: "quota" | "refused"; readonly message: string };

export interface LibraryListing {
  readonly items: readonly {
    readonly articleId: string;
    readonly title: string;
    readonly addedBy: string;
    readonly addedAt: number;
  }[];
  readonly total: number;
}

export interface LibraryPort {
  add(guildId: string, userId: string, source: LibrarySource): Promise<LibraryAddResult>;
  /** Only ever touches `guildId`'s own articles. */
  remove(guildId: string, articleId: string): Promise<boolean>;
  list(guildId: string, offset: number, limit: number): Promise<LibraryListing>;
}
