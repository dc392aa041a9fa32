/**
 * Turns saved data back into a KnowledgeBase, trusting none of it: entries are checked against
 * the model's schema and every token index against the documents it claims to cover.
 */
import type { Result } from "../model/result.ts";
import { fail, ok } from "../model/result.ts";
import { countIndexedDocuments, restoreKnowledgeBase } from "./build-knowledge-base.ts";
import { ENTRY_SCHEMA } from "./entry-schema.ts";
import type {
  ArticleEntry,
  KnowledgeBase,
  KnowledgeDocuments,
  KnowledgeIndices,
} from "./knowledge-base.ts";
import { NO_TERM, type TokenIndexData } from "./token-index.ts";

const INDEX_NAMES = ["passages", "quotes", "names", "articles"] as const;

/**
 * Why a token index cannot be the index of `documentCount` documents, or null when it can. With
 * `isWordCheckDeferred`, the term ids of the documents' words are left to hasWordsOutOfVocabulary
 * (a library served before it is fully checked): an id out of range reads as no term anyway.
 */
export function checkTokenIndex(
  index: TokenIndexData,
  documentCount: number,
  isWordCheckDeferred = false,
): string | null {
  const { vocabulary, offsets, postings } = index;
  if (index.documentCount !== documentCount) {
    return `covers ${index.documentCount} documents, expected ${documentCount}`;
  }
  if (offsets.length !== vocabulary.length + 1 || offsets[0] !== 0) return "bad term offsets";
  if (offsets[vocabulary.length] !== postings.length) return "term offsets do not end at postings";
  const forward = checkForwardIndex(index, isWordCheckDeferred);
  if (forward !== null) return forward;
  for (let termId = 0; termId < vocabulary.length; termId++) {
    const word = vocabulary[termId] ?? "";
    if (word === "" || (termId > 0 && (vocabulary[termId - 1] ?? "") >= word)) {
      return "vocabulary is not sorted";
    }
    const start = offsets[termId] as number;
    const end = offsets[termId + 1] as number;
    if (end <= start) return "a term with no documents";
    // Each posting above the one before it and below documentCount: one pass, no branches on
    // the common path (a million passages carry 60 million postings).
    let previous = -1;
    for (let at = start; at < end; at++) {
      const documentId = postings[at] as number;
      if (documentId <= previous) return "postings out of order or out of range";
      previous = documentId;
    }
    if (previous >= documentCount) return "postings out of order or out of range";
  }
  return null;
}

/** Why each document's words cannot be read as term ids of this index, or null. */
function checkForwardIndex(index: TokenIndexData, isWordCheckDeferred: boolean): string | null {
  const { wordStarts, words } = index;
  if (wordStarts.length !== index.documentCount + 1 || wordStarts[0] !== 0) {
    return "bad word offsets";
  }
  for (let documentId = 0; documentId < index.documentCount; documentId++) {
    if ((wordStarts[documentId + 1] ?? 0) < (wordStarts[documentId] ?? 0)) {
      return "word offsets out of order";
    }
  }
  if (wordStarts[index.documentCount] !== words.length) return "word offsets do not end at words";
  if (isWordCheckDeferred) return null;
  return hasWordsOutOfVocabulary(index, 0, words.length) ? "a word out of the vocabulary" : null;
}

/** Whether any of the words `from`–`to` of the forward index is no term of the vocabulary. */
export function hasWordsOutOfVocabulary(index: TokenIndexData, from: number, to: number): boolean {
  const { words } = index;
  const terms = index.vocabulary.length;
  const end = Math.min(to, words.length);
  for (let at = from; at < end; at++) {
    const termId = words[at] as number;
    if (termId >= terms && termId !== NO_TERM) return true;
  }
  return false;
}

/**
 * Why a quote or dated event does not hold the words of its passage at its span, or null. Saved
 * data is derived, never the truth: a file whose checksum was recomputed after an edit must still
 * not make /quote or /timeline show words the article does not hold.
 */
export function checkVerbatim(entry: ArticleEntry): string | null {
  const texts = new Map(entry.article.passages.map((passage) => [passage.id, passage.text]));
  for (const quote of entry.analysis.quotes) {
    const text = texts.get(quote.passage);
    if (text?.slice(quote.span[0], quote.span[1]) !== quote.text) {
      return `quote ${quote.id} is not the text of ${quote.passage} at its span`;
    }
  }
  for (const event of entry.analysis.events) {
    const text = texts.get(event.passage);
    if (
      text?.slice(event.span[0], event.span[1]) !== event.text ||
      text.slice(event.expressionSpan[0], event.expressionSpan[1]) !== event.expression
    ) {
      return `an event of ${event.passage} is not the text at its span`;
    }
  }
  return null;
}

/** One saved entry, checked field by field against the model and word for word against its text. */
export function parseArticleEntry(value: unknown): Result<ArticleEntry, string> {
  const parsed = ENTRY_SCHEMA.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(
      `does not match the model (${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "?"})`,
    );
  }
  const problem = checkVerbatim(parsed.data);
  return problem === null ? ok(parsed.data) : fail(`${parsed.data.article.id}: ${problem}`);
}

/**
 * A knowledge base from checked entries (in saved order) and indices, or what is wrong.
 * `documents`, when given, are the entries' documents made on demand (see restoreKnowledgeBase).
 */
export function importKnowledgeBase(
  entries: readonly ArticleEntry[],
  indices: KnowledgeIndices,
  documents?: KnowledgeDocuments,
  isWordCheckDeferred = false,
): Result<KnowledgeBase, string> {
  const counts = countIndexedDocuments(entries, documents);
  for (const name of INDEX_NAMES) {
    const problem = checkTokenIndex(indices[name], counts[name], isWordCheckDeferred);
    if (problem !== null) return fail(`${name} index: ${problem}`);
  }
  return ok(restoreKnowledgeBase(entries, indices, documents));
}
