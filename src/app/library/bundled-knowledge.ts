/**
 * The operator's bundled library, kept current: built at start-up (from the prebuilt index when
 * it matches) and built again when knowledge/ changes, then swapped in whole.
 */
import type { KnowledgeBase } from "../../knowledge-base/knowledge-base.ts";
import type { Library, LibraryOptions } from "./build-library.ts";
import { buildLibrary } from "./build-library.ts";
import { watchKnowledge } from "./watch-knowledge.ts";

export interface BundledKnowledge {
  readonly current: () => KnowledgeBase;
  readonly library: () => Library;
  readonly stop: () => void;
}

export interface BundledKnowledgeOptions extends LibraryOptions {
  readonly pollMs?: number;
  /** Told after each rebuild (for the log, and to drop server views built on the old one). */
  readonly onRebuilt?: (library: Library) => void;
  readonly onError?: (error: unknown) => void;
}

export async function loadBundledKnowledge(
  knowledgeDir: string,
  options: BundledKnowledgeOptions = {},
): Promise<BundledKnowledge> {
  // A rebuild after a change supersedes what start-up was still reading.
  let generation = 0;
  let library = await buildLibrary(knowledgeDir, {
    ...options,
    onAllRead: (whole) => {
      if (generation !== 0) return;
      library = whole;
      options.onRebuilt?.(whole);
    },
  });
  const watch = await watchKnowledge(
    knowledgeDir,
    async () => {
      try {
        generation += 1;
        // A change waits for every article: the served library is already whole.
        library = await buildLibrary(knowledgeDir, withoutWait(options));
        options.onRebuilt?.(library);
      } catch (error) {
        options.onError?.(error);
      }
    },
    options.pollMs,
  );
  return { current: () => library.kb, library: () => library, stop: watch.stop };
}

function withoutWait(options: BundledKnowledgeOptions): BundledKnowledgeOptions {
  const whole = { ...options };
  delete whole.readyWithinMs;
  return whole;
}
