/**
 * A bounded load test on 127.0.0.1: a few thousand signed interactions against the real HTTP
 * server and dispatcher. It asserts no error; the throughput and p99 it prints are for reading
 * (timings are measured by `npm run bench`, not asserted, on these shared machines).
 */
import { ApplicationCommandOptionType, InteractionResponseType } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDispatcher } from "../../src/interactions/dispatch.ts";
import { planInteraction } from "../../src/interactions/plan-interaction.ts";
import { createHttpHandler } from "../../src/transports/http.ts";
import { startHttpServer, type RunningHttpServer } from "../../src/transports/http-server.ts";
import { parsePublicKey } from "../../src/transports/http-verify.ts";
import { buildChatInputInteraction } from "../support/fake-discord/index.ts";
import { buildBridgeKb } from "../support/fixture-kb.ts";
import { createTestKeys, NOW_MILLISECONDS, NOW_SECONDS, signBody } from "../transports/signing.ts";

const REQUESTS = 2000;
const CONCURRENCY = 32;
const keys = createTestKeys();
let server: RunningHttpServer;
const errors: string[] = [];

beforeAll(async () => {
  const publicKey = parsePublicKey(keys.publicKeyHex);
  if (!publicKey.ok) throw new Error(publicKey.error);
  const dispatch = createDispatcher(buildBridgeKb());
  const logger = {
    warn: () => undefined,
    error: (details: object) => void errors.push(JSON.stringify(details)),
  };
  const handler = createHttpHandler({
    publicKey: publicKey.value,
    now: () => NOW_MILLISECONDS,
    logger,
    handleInteraction: async (interaction) => ({
      response: (await planInteraction(interaction, { dispatch })).response,
    }),
  });
  server = await startHttpServer({ handler, port: 0, host: "127.0.0.1", logger });
});

afterAll(() => server.close());

const QUERIES = ["bridge", "inspectors deck", "main street", "council vote"];

describe("HTTP endpoint under load", () => {
  it(`answers ${REQUESTS} signed interactions, ${CONCURRENCY} at a time, with no error`, async () => {
    const bodies = Array.from({ length: REQUESTS }, (_, i) =>
      JSON.stringify(
        buildChatInputInteraction(
          { id: String(1_700_000_000_000_000_000n + BigInt(i)), token: `t${i}` },
          "search",
          [
            {
              name: "query",
              type: ApplicationCommandOptionType.String,
              value: QUERIES[i % QUERIES.length] ?? "bridge",
            },
          ],
        ),
      ),
    );
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    let next = 0;
    const started = performance.now();
    const worker = async (): Promise<void> => {
      while (next < bodies.length) {
        const body = bodies[next++] ?? "";
        const sent = performance.now();
        const response = await fetch(`${server.url}/interactions`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "x-signature-ed25519": signBody(keys.privateKey, NOW_SECONDS, body),
            "x-signature-timestamp": NOW_SECONDS,
          },
          body,
        });
        const json = (await response.json()) as { type?: number };
        latencies.push(performance.now() - sent);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (json.type !== InteractionResponseType.ChannelMessageWithSource)
          errors.push(`unexpected type ${json.type}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const p99 = latencies[Math.floor(latencies.length * 0.99)] ?? 0;
    process.stdout.write(
      `http load: ${REQUESTS} requests in ${seconds.toFixed(2)} s = ${Math.round(REQUESTS / seconds)}/s, p99 ${p99.toFixed(1)} ms\n`,
    );
    expect(Object.fromEntries(statuses)).toEqual({ 200: REQUESTS });
    expect(errors).toEqual([]);
  }, 120_000);
});
