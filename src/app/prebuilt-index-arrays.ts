/** A token index as saved in the prebuilt index file: its integer arrays as base64 text. */
import { z } from "zod";
import type { TokenIndexData } from "../knowledge-base/token-index.ts";

export const SAVED_INDEX_SCHEMA = z.object({
  documentCount: z.number().int().nonnegative(),
  vocabulary: z.array(z.string()),
  offsets: z.string(),
  postings: z.string(),
});

export type SavedIndex = z.infer<typeof SAVED_INDEX_SCHEMA>;

// Little-endian, as every machine Node runs on here; the format version would change otherwise.
function encodeIntegers(values: Uint32Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString("base64");
}

function decodeIntegers(text: string): Uint32Array | null {
  const bytes = Buffer.from(text, "base64");
  if (bytes.length % 4 !== 0) return null;
  const values = new Uint32Array(bytes.length / 4);
  new Uint8Array(values.buffer).set(bytes);
  return values;
}

export function encodeIndex(index: TokenIndexData): SavedIndex {
  return {
    documentCount: index.documentCount,
    vocabulary: [...index.vocabulary],
    offsets: encodeIntegers(index.offsets),
    postings: encodeIntegers(index.postings),
  };
}

export function decodeIndex(saved: SavedIndex): TokenIndexData | null {
  const offsets = decodeIntegers(saved.offsets);
  const postings = decodeIntegers(saved.postings);
  if (offsets === null || postings === null) return null;
  return { documentCount: saved.documentCount, vocabulary: saved.vocabulary, offsets, postings };
}
