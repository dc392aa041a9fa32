/**
 * Per-server knowledge bases kept under a memory budget, least recently used dropped first.
 * They are derived data: a dropped one is rebuilt from the store when next asked for.
 */
import type { KnowledgeBase } from "../../knowledge-base/knowledge-base.ts";

export interface CachedKnowledge {
  readonly kb: KnowledgeBase;
  /** The server's library version it was built from. */
  readonly version: number;
  /** Estimated bytes the server's own part holds. */
  readonly size: number;
  /** When the version was last compared with the store (ms). */
  checkedAt: number;
  /** Set when a change notice arrived: the next request checks the version. */
  isStale: boolean;
}

export interface KnowledgeCache {
  get(guildId: string): CachedKnowledge | undefined;
  set(guildId: string, entry: CachedKnowledge): void;
  delete(guildId: string): void;
  clear(): void;
  readonly totalSize: () => number;
  readonly count: () => number;
}

export function createKnowledgeCache(maxBytes: number): KnowledgeCache {
  // A Map iterates in insertion order: re-inserting on use keeps the least recent first.
  const entries = new Map<string, CachedKnowledge>();
  let total = 0;
  const remove = (guildId: string) => {
    const entry = entries.get(guildId);
    if (entry === undefined) return;
    total -= entry.size;
    entries.delete(guildId);
  };
  return {
    get: (guildId) => {
      const entry = entries.get(guildId);
      if (entry === undefined) return undefined;
      entries.delete(guildId);
      entries.set(guildId, entry);
      return entry;
    },
    set: (guildId, entry) => {
      remove(guildId);
      entries.set(guildId, entry);
      total += entry.size;
      for (const oldest of entries.keys()) {
        // The newest entry stays even alone over the budget: the request needs it now.
        if (total <= maxBytes || oldest === guildId) break;
        remove(oldest);
      }
    },
    delete: remove,
    clear: () => {
      entries.clear();
      total = 0;
    },
    totalSize: () => total,
    count: () => entries.size,
  };
}

// Indices, Fuse documents and the analysis take several times the text; measured roughly.
const BYTES_PER_TEXT_CHARACTER = 12;

/** A rough size of a server's own knowledge base: its passage text times a measured factor. */
export function estimateKnowledgeSize(kb: KnowledgeBase): number {
  let characters = 0;
  for (const { article } of kb.entries) {
    for (const passage of article.passages) characters += passage.text.length;
  }
  return characters * BYTES_PER_TEXT_CHARACTER;
}
