/** The gateway adapter over a tiny connection object (no discord.js, no casts). */
import {
  InteractionResponseType,
  type APIInteraction,
  type APIInteractionResponse,
} from "discord-api-types/v10";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Routes } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { createInteractionQueue } from "../../src/interactions/interaction-queue.ts";
import type { InteractionPort } from "../../src/interactions/interaction-plan.ts";
import {
  attachGateway,
  CALLBACK_TIMEOUT_MS,
  createCallbackRest,
  type GatewayConnection,
} from "../../src/transports/gateway.ts";
import { buildChatInputInteraction } from "../support/fake-discord/index.ts";
import { createIdlePort } from "../support/idle-port.ts";

class TinyConnection implements GatewayConnection {
  listener: ((interaction: APIInteraction) => void) | null = null;
  readonly responses: { id: string; response: APIInteractionResponse }[] = [];
  release: () => void = () => undefined;
  readonly gate = new Promise<void>((resolve) => (this.release = resolve));
  onInteraction(listener: (interaction: APIInteraction) => void): void {
    this.listener = listener;
  }
  async respond(interaction: APIInteraction, response: APIInteractionResponse): Promise<void> {
    await this.gate;
    this.responses.push({ id: interaction.id, response });
  }
  createPort(): InteractionPort {
    return createIdlePort();
  }
  deliver(id: string): void {
    this.listener?.(buildChatInputInteraction({ id, token: "t" }, "who"));
  }
}

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const plan = async () => ({
  response: { type: InteractionResponseType.Pong } as const,
  log: { command: "who", outcome: "answer" as const },
});

describe("gateway adapter", () => {
  it("gives no reply to an interaction shed by the queue past its deadline (issue 13 #7)", async () => {
    const connection = new TinyConnection();
    let clock = 0;
    const shed: string[] = [];
    const queue = createInteractionQueue({
      concurrency: 1,
      maxQueued: 10,
      deadlineMs: 2_000,
      now: () => clock,
      onShed: (reason) => shed.push(reason),
    });
    const adapter = attachGateway(connection, { plan, logger: quiet, now: () => clock }, queue);
    connection.deliver("1");
    connection.deliver("2");
    // "1" starts on the next turn and waits on the gate; "2" waits behind it until past 2 s.
    await new Promise((resolve) => setImmediate(resolve));
    clock = 2_500;
    connection.release();
    await adapter.drain();
    expect(connection.responses.map((r) => r.id)).toEqual(["1"]);
    expect(shed).toEqual(["past-deadline"]);
  });

  it("answers each interaction once, even when Discord delivers it twice", async () => {
    const connection = new TinyConnection();
    const adapter = attachGateway(connection, { plan, logger: quiet, now: () => 0 });
    connection.deliver("1");
    connection.deliver("1");
    connection.deliver("2");
    connection.release();
    await adapter.drain();
    expect(connection.responses.map((r) => r.id)).toEqual(["1", "2"]);
  });

  it("finishes replies in flight when stopping, and takes no new ones", async () => {
    const connection = new TinyConnection();
    const adapter = attachGateway(connection, { plan, logger: quiet, now: () => 0 });
    connection.deliver("1");
    adapter.stopAccepting();
    connection.deliver("2");
    const drained = adapter.drain();
    connection.release();
    await drained;
    expect(connection.responses.map((r) => r.id)).toEqual(["1"]);
  });
});

describe("interaction callbacks", () => {
  it("are tried once and cut off well inside Discord's 3-second window", async () => {
    let requests = 0;
    // A Discord that takes the request and never answers.
    const server = createServer(() => void (requests += 1));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const rest = createCallbackRest(`http://127.0.0.1:${port}/api`, 200);
    const outcome = await rest
      .post(Routes.interactionCallback("1", "secret"), { body: {}, auth: false })
      .then(
        () => "answered",
        (error: unknown) => (error instanceof Error ? error.name : "rejected"),
      );
    server.closeAllConnections();
    server.close();
    expect(outcome).toBe("AbortError");
    expect(requests).toBe(1);
    expect(CALLBACK_TIMEOUT_MS).toBeLessThan(3000);
  });
});
