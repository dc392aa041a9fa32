/**
 * The client side of a burst, run in its own worker thread so the server's busy thread does not
 * delay the sending (Discord's clock runs apart from the bot's). Posts every request at once and
 * reports each one's status and time from send to answer.
 */
import { parentPort, workerData } from "node:worker_threads";

interface BurstClientData {
  readonly url: string;
  readonly timestamp: string;
  readonly requests: readonly { readonly body: string; readonly signature: string }[];
}

const data = workerData as BurstClientData & { entry: string };
const results = await Promise.all(
  data.requests.map(async ({ body, signature }) => {
    const sent = performance.now();
    try {
      const response = await fetch(data.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-signature-ed25519": signature,
          "x-signature-timestamp": data.timestamp,
        },
        body,
      });
      await response.arrayBuffer();
      return { status: response.status, ms: performance.now() - sent };
    } catch {
      return { status: 0, ms: performance.now() - sent };
    }
  }),
);
parentPort?.postMessage(results);
