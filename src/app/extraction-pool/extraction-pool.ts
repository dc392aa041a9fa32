/**
 * A small pool of worker threads that ingest and analyse articles, so one article whose text
 * makes extraction slow never blocks the thread that answers interactions. Each article gets a
 * time budget; one over it is refused ("too complex to read in 10 s"), its worker is terminated
 * and replaced, and the queue goes on.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { fail } from "../../model/result.ts";
import type { Result } from "../../model/result.ts";
import type {
  ExtractedEntry,
  ExtractionInput,
  ExtractionRequest,
  ExtractionResponse,
} from "./extraction-job.ts";

export const DEFAULT_EXTRACTION_BUDGET_MS = 10_000;
/** A worker's heap; an article whose analysis needs more is refused, the process lives on. */
export const DEFAULT_WORKER_HEAP_MB = 768;

export interface ExtractionPoolOptions {
  /** Worker threads; default min(2, cores), so extraction never takes every core. */
  readonly size?: number;
  /** Time one article may take in a worker, from the moment a worker starts on it. */
  readonly budgetMs?: number;
  readonly workerHeapMb?: number;
}

export type ExtractionResult = Result<ExtractedEntry, string>;

export interface ExtractionPool {
  /** `budgetMs` overrides the pool's budget for this one article. */
  analyze(input: ExtractionInput, budgetMs?: number): Promise<ExtractionResult>;
  /** Articles waiting or being read right now. */
  pending(): number;
  /** Stops every worker; whatever is still waiting is answered "extraction stopped". */
  close(): Promise<void>;
}

interface Job {
  readonly request: ExtractionRequest;
  readonly budgetMs: number;
  readonly resolve: (result: ExtractionResult) => void;
}

interface Slot {
  worker: Worker;
  isReady: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

const BOOTSTRAP = new URL("./worker-bootstrap.mjs", import.meta.url);
const ENTRY = new URL("./extraction-worker.ts", import.meta.url).href;

/** "10 s", "0.5 s": the budget as the refusal line states it. */
export function describeBudget(budgetMs: number): string {
  return `${Number((budgetMs / 1000).toFixed(1))} s`;
}

export function describeTooComplex(budgetMs: number): string {
  return `too complex to read in ${describeBudget(budgetMs)}; skipped`;
}

export function createExtractionPool(options: ExtractionPoolOptions = {}): ExtractionPool {
  const size = Math.max(1, options.size ?? Math.min(2, availableParallelism()));
  const budgetMs = options.budgetMs ?? DEFAULT_EXTRACTION_BUDGET_MS;
  const heapMb = options.workerHeapMb ?? DEFAULT_WORKER_HEAP_MB;
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let isClosed = false;

  function startWorker(slot: Slot | null): Slot {
    const worker = new Worker(BOOTSTRAP, {
      workerData: { entry: ENTRY },
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
    });
    const current: Slot = slot ?? { worker, isReady: false, job: null, timer: null };
    current.worker = worker;
    current.isReady = false;
    current.job = null;
    current.timer = null;
    // The worker says "ready" once its modules are loaded, so loading never eats a budget.
    worker.on("message", (message: ExtractionResponse | "ready") => {
      if (current.worker !== worker) return;
      if (message === "ready") {
        current.isReady = true;
        pump();
        return;
      }
      finish(current, message.id, message.result);
    });
    worker.on("error", (error) => {
      if (current.worker !== worker) return;
      const reason = describeWorkerError(error);
      replace(current, reason);
    });
    worker.on("exit", () => {
      if (current.worker !== worker || isClosed) return;
      replace(current, "extraction failed (the worker stopped)");
    });
    return current;
  }

  function finish(slot: Slot, id: number, result: ExtractionResult): void {
    const job = slot.job;
    if (job === null || job.request.id !== id) return;
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    job.resolve(result);
    pump();
  }

  // A worker that overran, crashed or ran out of memory is thrown away with its half-done work.
  function replace(slot: Slot, reason: string): void {
    const job = slot.job;
    if (slot.timer !== null) clearTimeout(slot.timer);
    const old = slot.worker;
    startWorker(slot);
    void old.terminate();
    job?.resolve(fail(reason));
    pump();
  }

  function pump(): void {
    if (isClosed) return;
    while (slots.length < size && queue.length > 0) slots.push(startWorker(null));
    for (const slot of slots) {
      if (!slot.isReady || slot.job !== null) continue;
      const job = queue.shift();
      if (job === undefined) break;
      slot.job = job;
      slot.timer = setTimeout(() => replace(slot, describeTooComplex(job.budgetMs)), job.budgetMs);
      slot.worker.postMessage(job.request);
    }
    // Workers hold the process open only while there is work, so a process waiting on an
    // article does not exit under it, and an idle pool never keeps a process alive.
    for (const slot of slots) {
      if (slot.job !== null || queue.length > 0) slot.worker.ref();
      else slot.worker.unref();
    }
  }

  return {
    analyze(input, jobBudgetMs = budgetMs) {
      if (isClosed) return Promise.resolve(fail("extraction stopped"));
      return new Promise((resolve) => {
        queue.push({ request: { id: nextId++, input }, budgetMs: jobBudgetMs, resolve });
        pump();
      });
    },
    pending() {
      return queue.length + slots.filter((slot) => slot.job !== null).length;
    },
    async close() {
      isClosed = true;
      for (const job of queue.splice(0)) job.resolve(fail("extraction stopped"));
      await Promise.all(
        slots.map(async (slot) => {
          if (slot.timer !== null) clearTimeout(slot.timer);
          slot.job?.resolve(fail("extraction stopped"));
          slot.job = null;
          await slot.worker.terminate();
        }),
      );
    },
  };
}

function describeWorkerError(error: unknown): string {
  const code =
    typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  if (code === "ERR_WORKER_OUT_OF_MEMORY")
    return "too large to read (extraction ran out of memory)";
  return `extraction failed (${error instanceof Error ? error.message : String(error)})`;
}
