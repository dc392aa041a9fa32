/**
 * A burst of signed interactions, all sent at once to the real HTTP server on 127.0.0.1 with the
 * interaction queue in front of the planning (as `startHttp` wires it). Used by the burst test
 * and by `scripts/measure-burst.ts`.
 */
import { Worker } from "node:worker_threads";
import { ApplicationCommandOptionType } from "discord-api-types/v10";
import {
  createInteractionQueue,
  DEFAULT_QUEUE_LIMITS,
  withInteractionQueue,
} from "../../src/interactions/interaction-queue.ts";
import { createDispatcher } from "../../src/interactions/dispatch.ts";
import { planInteraction } from "../../src/interactions/plan-interaction.ts";
import { createHttpHandler } from "../../src/transports/http.ts";
import { startHttpServer } from "../../src/transports/http-server.ts";
import { parsePublicKey } from "../../src/transports/http-verify.ts";
import { createTestKeys, NOW_MILLISECONDS, NOW_SECONDS, signBody } from "../transports/signing.ts";
import { buildChatInputInteraction } from "./fake-discord/index.ts";
import { buildBridgeKb } from "./fixture-kb.ts";

export interface BurstOptions {
  readonly count: number;
  /** Extra CPU each interaction burns on the server (busy wait), to make a burst outgrow 3 s. */
  readonly extraWorkMs: number;
  /** False sends the burst straight to the planner, as before the queue existed. */
  readonly isQueued: boolean;
}

export interface BurstReport {
  readonly answered: number;
  readonly answeredInTime: number;
  readonly shed: number;
  readonly other: number;
  readonly slowestAnsweredMs: number;
  readonly seconds: number;
}

const DEADLINE_MS = 3_000;

function burn(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // Busy on purpose: the CPU cost of a heavier command.
  }
}

export async function runBurst(options: BurstOptions): Promise<BurstReport> {
  const keys = createTestKeys();
  const publicKey = parsePublicKey(keys.publicKeyHex);
  if (!publicKey.ok) throw new Error(publicKey.error);
  const dispatch = createDispatcher(buildBridgeKb());
  const logger = { warn: () => undefined, error: () => undefined, info: () => undefined };
  const now = () => performance.now();
  const queue = createInteractionQueue({ ...DEFAULT_QUEUE_LIMITS, now, onShed: () => undefined });
  const plan = async (interaction: Parameters<typeof planInteraction>[0]) => {
    burn(options.extraWorkMs);
    return { response: (await planInteraction(interaction, { dispatch })).response };
  };
  const handler = createHttpHandler({
    publicKey: publicKey.value,
    now: () => NOW_MILLISECONDS,
    logger,
    handleInteraction: options.isQueued ? withInteractionQueue(queue, now, plan) : plan,
  });
  const server = await startHttpServer({
    handler,
    port: 0,
    host: "127.0.0.1",
    logger,
    maxInFlight: options.count + 1,
    maxConnections: options.count + 16,
  });
  const bodies = Array.from({ length: options.count }, (_, i) =>
    JSON.stringify(
      buildChatInputInteraction(
        { id: String(1_700_000_000_000_000_000n + BigInt(i)), token: `t${i}` },
        "who",
        [{ name: "name", type: ApplicationCommandOptionType.String, value: "Ortiz" }],
      ),
    ),
  );
  const signed = bodies.map((body) => ({
    body,
    signature: signBody(keys.privateKey, NOW_SECONDS, body),
  }));
  const started = performance.now();
  const results = await sendFromWorker(`${server.url}/interactions`, signed);
  const seconds = (performance.now() - started) / 1000;
  await server.close();
  const answered = results.filter((result) => result.status === 200);
  return {
    answered: answered.length,
    answeredInTime: answered.filter((result) => result.ms <= DEADLINE_MS).length,
    shed: results.filter((result) => result.status === 503).length,
    other: results.filter((result) => result.status !== 200 && result.status !== 503).length,
    slowestAnsweredMs: Math.round(Math.max(0, ...answered.map((result) => result.ms))),
    seconds,
  };
}

const BOOTSTRAP = new URL("../../src/app/extraction-pool/worker-bootstrap.mjs", import.meta.url);

function sendFromWorker(
  url: string,
  requests: readonly { body: string; signature: string }[],
): Promise<{ status: number; ms: number }[]> {
  const worker = new Worker(BOOTSTRAP, {
    workerData: {
      entry: new URL("./burst-client.ts", import.meta.url).href,
      url,
      timestamp: NOW_SECONDS,
      requests,
    },
  });
  return new Promise((resolve, reject) => {
    worker.once("message", (results: { status: number; ms: number }[]) => {
      void worker.terminate();
      resolve(results);
    });
    worker.once("error", reject);
  });
}
