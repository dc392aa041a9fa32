/**
 * Turns saved data back into a KnowledgeBase, trusting none of it: entries are checked against
 * the model's schema and every token index against the documents it claims to cover.
 */
import type { Result } from "../model/result.ts";
import { fail, ok } from "../model/result.ts";
import { countIndexedDocuments, restoreKnowledgeBase } from "./build-knowledge-base.ts";
import { ENTRY_SCHEMA } from "./entry-schema.ts";
import type { ArticleEntry, KnowledgeBase, KnowledgeIndices } from "./knowledge-base.ts";
import type { TokenIndexData } from "./token-index.ts";

const INDEX_NAMES = ["passages", "quotes", "names", "articles"] as const;

/** Why a token index cannot be the index of `documentCount` documents, or null when it can. */
export function checkTokenIndex(index: TokenIndexData, documentCount: number): string | null {
  const { vocabulary, offsets, postings } = index;
  if (index.documentCount !== documentCount) {
    return `covers ${index.documentCount} documents, expected ${documentCount}`;
  }
  if (offsets.length !== vocabulary.length + 1 || offsets[0] !== 0) return "bad term offsets";
  if (offsets[vocabulary.length] !== postings.length) return "term offsets do not end at postings";
  for (let termId = 0; termId < vocabulary.length; termId++) {
    const word = vocabulary[termId] ?? "";
    if (word === "" || (termId > 0 && (vocabulary[termId - 1] ?? "") >= word)) {
      return "vocabulary is not sorted";
    }
    const start = offsets[termId] ?? 0;
    const end = offsets[termId + 1] ?? 0;
    if (end <= start) return "a term with no documents";
    for (let at = start; at < end; at++) {
      const documentId = postings[at] ?? 0;
      if (documentId >= documentCount || (at > start && documentId <= (postings[at - 1] ?? 0))) {
        return "postings out of order or out of range";
      }
    }
  }
  return null;
}

/** One saved entry, checked field by field against the model. */
export function parseArticleEntry(value: unknown): Result<ArticleEntry, string> {
  const parsed = ENTRY_SCHEMA.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  return fail(
    `does not match the model (${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "?"})`,
  );
}

/** A knowledge base from checked entries (in saved order) and indices, or what is wrong. */
export function importKnowledgeBase(
  entries: readonly ArticleEntry[],
  indices: KnowledgeIndices,
): Result<KnowledgeBase, string> {
  const counts = countIndexedDocuments(entries);
  for (const name of INDEX_NAMES) {
    const problem = checkTokenIndex(indices[name], counts[name]);
    if (problem !== null) return fail(`${name} index: ${problem}`);
  }
  return ok(restoreKnowledgeBase(entries, indices));
}
