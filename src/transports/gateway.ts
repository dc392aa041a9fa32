/** The gateway bot: interactions arrive over discord.js's WebSocket and are answered over REST. */
import { Client, Events, GatewayDispatchEvents, GatewayIntentBits, Routes } from "discord.js";
import type { APIInteraction, APIInteractionResponse } from "discord-api-types/v10";
import { createRestPort } from "../interactions/discord-rest-port.ts";
import type { InteractionPort } from "../interactions/interaction-plan.ts";
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

export function attachGateway(
  connection: GatewayConnection,
  runner: Omit<PlanServices, "createPort">,
): GatewayAdapter {
  const inFlight = new Set<Promise<void>>();
  const recent = new Set<string>();
  let isAccepting = true;
  connection.onInteraction((interaction) => {
    if (!isAccepting || recent.has(interaction.id)) return;
    recent.add(interaction.id);
    if (recent.size > RECENT_IDS) recent.delete(recent.values().next().value ?? "");
    const task = runPlan(interaction, {
      ...runner,
      respond: (i, response) => connection.respond(i, response),
      createPort: (i) => connection.createPort(i),
    }).finally(() => inFlight.delete(task));
    inFlight.add(task);
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

/** A discord.js client with only the Guilds intent: slash commands need nothing privileged. */
export function createGatewayClient(apiUrl: string | undefined): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: apiUrl === undefined ? {} : { api: apiUrl },
  });
}

/** Raw INTERACTION_CREATE payloads, so gateway and HTTP share one APIInteraction handler. */
export function connectDiscordJs(client: Client): GatewayConnection {
  return {
    onInteraction: (listener) => {
      client.ws.on(GatewayDispatchEvents.InteractionCreate, (data: APIInteraction) =>
        listener(data),
      );
    },
    respond: async (interaction, response) => {
      await client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
        body: response,
        auth: false,
      });
    },
    createPort: (interaction) => createRestPort(client.rest, interaction, true),
  };
}

export { Events };
