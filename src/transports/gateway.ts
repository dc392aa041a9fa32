/** The gateway bot: interactions arrive over discord.js's WebSocket and are answered over REST. */
import { Client, Events, GatewayDispatchEvents, GatewayIntentBits, REST, Routes } from "discord.js";
import type { APIInteraction, APIInteractionResponse } from "discord-api-types/v10";
import { createRestPort } from "../interactions/discord-rest-port.ts";
import type { InteractionLogger, InteractionPort } from "../interactions/interaction-plan.ts";
import { runPlan, type PlanServices } from "../interactions/run-plan.ts";

/** What the adapter needs from a gateway connection; tests pass a tiny object with these. */
export interface GatewayConnection {
  onInteraction(listener: (interaction: APIInteraction) => void): void;
  respond(interaction: APIInteraction, response: APIInteractionResponse): Promise<void>;
  createPort(interaction: APIInteraction): InteractionPort;
}

export interface GatewayAdapter {
  /** Resolves when every interaction already received has been answered. */
  drain(): Promise<void>;
  stopAccepting(): void;
}

/** Gateway deliveries can repeat after a resume; this many recent ids are remembered. */
const RECENT_IDS = 1000;
/**
 * A callback is worthless after Discord's 3-second window: one try, cut off before the window
 * closes, never retried (a retry only piles up sockets). A short 429 wait is still worth it.
 */
export const CALLBACK_TIMEOUT_MS = 2_500;
const CALLBACK_MAX_RATE_LIMIT_WAIT_MS = 1_000;

export function attachGateway(
  connection: GatewayConnection,
  runner: Omit<PlanServices, "createPort">,
): GatewayAdapter {
  const inFlight = new Set<Promise<void>>();
  const recent = new Set<string>();
  let isAccepting = true;
  const accept = (interaction: APIInteraction): void => {
    if (!isAccepting || recent.has(interaction.id)) return;
    recent.add(interaction.id);
    if (recent.size > RECENT_IDS) recent.delete(recent.values().next().value ?? "");
    const task = runPlan(interaction, {
      ...runner,
      respond: (i, response) => connection.respond(i, response),
      createPort: (i) => connection.createPort(i),
    }).finally(() => inFlight.delete(task));
    inFlight.add(task);
  };
  connection.onInteraction((interaction) => {
    // Per interaction: a payload that breaks something here must not reach the socket's emitter.
    try {
      accept(interaction);
    } catch (error) {
      logDropped(runner.logger, interaction, error);
    }
  });
  return {
    drain: async () => {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    stopAccepting: () => {
      isAccepting = false;
    },
  };
}

function logDropped(logger: InteractionLogger, interaction: unknown, error: unknown): void {
  const id = typeof interaction === "object" && interaction !== null && "id" in interaction;
  logger.error(
    { interactionId: id ? String(interaction.id).slice(0, 40) : null, err: error },
    "interaction dropped",
  );
}

/**
 * A discord.js client with only the Guilds intent: slash commands need nothing privileged.
 * Interactions are answered from the raw payload, so discord.js's own Interaction objects are
 * never built: building one throws on a malformed field (member.permissions that is not a
 * number), and that throw would come out of the WebSocket handler and end the process.
 */
export function createGatewayClient(apiUrl: string | undefined): Client {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: apiUrl === undefined ? {} : { api: apiUrl },
  });
  const actions: unknown = Reflect.get(client, "actions");
  const action: unknown =
    typeof actions === "object" && actions !== null
      ? Reflect.get(actions, "InteractionCreate")
      : undefined;
  if (typeof action === "object" && action !== null) Reflect.set(action, "handle", () => undefined);
  return client;
}

/** The REST client for interaction callbacks: one try within the window, no retry. */
export function createCallbackRest(
  apiUrl: string | undefined,
  timeoutMs: number = CALLBACK_TIMEOUT_MS,
): REST {
  return new REST({
    ...(apiUrl === undefined ? {} : { api: apiUrl }),
    retries: 0,
    timeout: timeoutMs,
    rejectOnRateLimit: (limit) => limit.retryAfter > CALLBACK_MAX_RATE_LIMIT_WAIT_MS,
  });
}

/** Raw INTERACTION_CREATE payloads, so gateway and HTTP share one APIInteraction handler. */
export function connectDiscordJs(client: Client, callbacks: REST): GatewayConnection {
  return {
    onInteraction: (listener) => {
      client.ws.on(GatewayDispatchEvents.InteractionCreate, (data: APIInteraction) =>
        listener(data),
      );
    },
    respond: async (interaction, response) => {
      await callbacks.post(Routes.interactionCallback(interaction.id, interaction.token), {
        body: response,
        auth: false,
      });
    },
    createPort: (interaction) => createRestPort(client.rest, interaction, true),
  };
}

export { Events };
