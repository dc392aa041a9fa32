/** Gateway mode: log in with discord.js, answer interactions, shut down cleanly on a signal. */
import type { Logger } from "pino";
import { planInteraction } from "../../interactions/plan-interaction.ts";
import {
  attachGateway,
  connectDiscordJs,
  createCallbackRest,
  createGatewayClient,
  Events,
} from "../../transports/gateway.ts";
import type { Library } from "../library/build-library.ts";
import type { LibraryPort } from "../../interactions/library/library-port.ts";
import type { ConfigFor } from "./config.ts";
import { createLoggedQueue, createPlanDependencies } from "./plan-dependencies.ts";
import { StartupError } from "./stop-on-signal.ts";
import { throttleLog } from "./throttle-log.ts";

/** In-flight replies get this long to finish after SIGTERM before the client is destroyed. */
const DRAIN_TIMEOUT_MS = 5000;

export interface RunningGateway {
  stop(): Promise<void>;
}

export async function startGateway(
  config: ConfigFor<"gateway">,
  library: Library,
  logger: Logger,
  libraries?: LibraryPort,
): Promise<RunningGateway> {
  const now = () => performance.now();
  const log = throttleLog(logger.child({ transport: "gateway" }), { now });
  const client = createGatewayClient(config.discord.apiUrl);
  const planDependencies = createPlanDependencies(config, library, libraries);
  // Work that would start past the deadline gets no reply: Discord has given up on it.
  const queue = createLoggedQueue(log, now);
  const adapter = attachGateway(
    connectDiscordJs(client, createCallbackRest(config.discord.apiUrl)),
    {
      plan: (interaction) => planInteraction(interaction, planDependencies),
      logger: log,
      now,
    },
    queue,
  );
  const started = performance.now();
  const ready = new Promise<void>((resolve) => {
    client.once(Events.ClientReady, (ready) => {
      log.info(
        {
          user: ready.user.tag,
          guilds: ready.guilds.cache.size,
          ms: Math.round(performance.now() - started),
        },
        "connected to Discord",
      );
      resolve();
    });
  });
  client.on(Events.ShardError, (error) => log.warn({ err: error }, "gateway connection error"));
  try {
    await client.login(config.discord.token);
  } catch (error) {
    await client.destroy();
    throw new StartupError(`Gateway mode: ${describeLoginFailure(error)}.`);
  }
  await ready;
  return {
    stop: async () => {
      adapter.stopAccepting();
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, DRAIN_TIMEOUT_MS).unref());
      await Promise.race([adapter.drain(), timeout]);
      await client.destroy();
      log.info({}, "disconnected from Discord");
    },
  };
}

/**
 * Why login failed, for the operator. A rejected token shows up three ways: discord.js's
 * TokenInvalid, a REST 401 (GET /gateway/bot), or the gateway closing with 4004; all of them
 * mean "check the token", never "check the network".
 */
export function describeLoginFailure(error: unknown): string {
  const field = (name: string): string =>
    typeof error === "object" && error !== null && name in error
      ? String((error as Record<string, unknown>)[name])
      : "";
  const code = field("code");
  if (code === "TokenInvalid" || code === "4004" || field("status") === "401") {
    return "Discord refused the token (DISCORD_TOKEN): check the bot token in the Developer Portal";
  }
  return `could not connect to Discord (${code === "" ? "network error" : code})`;
}
