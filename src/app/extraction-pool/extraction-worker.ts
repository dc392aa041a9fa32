/** The body of one pool worker: answers each request on the parent port, one at a time. */
import { parentPort } from "node:worker_threads";
import { fail } from "../../model/result.ts";
import type { ExtractionRequest, ExtractionResponse } from "./extraction-job.ts";
import { runExtractionJob } from "./run-extraction-job.ts";

const port = parentPort;
if (port === null) throw new Error("extraction-worker.ts runs only as a worker thread");

port.on("message", (request: ExtractionRequest) => {
  let response: ExtractionResponse;
  try {
    response = { id: request.id, result: runExtractionJob(request.input) };
  } catch (error) {
    // Extraction is meant never to throw; if it does, that one article fails, not the worker.
    const reason = error instanceof Error ? error.message : String(error);
    response = { id: request.id, result: fail(`extraction failed (${reason})`) };
  }
  port.postMessage(response);
});
port.postMessage("ready");
