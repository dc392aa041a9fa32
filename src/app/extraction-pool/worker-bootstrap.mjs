// Plain JavaScript on purpose: Node 20 cannot start a worker from a .ts file, even when the
// parent runs under `node --import tsx` or the tsx CLI, and vitest does not hook workers at all.
// This file registers tsx inside the worker, then loads the TypeScript entry it is given.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
