/** Gateway mode: log in with discord.js, answer interactions, shut down cleanly on a signal. */
import type { Logger } from "pino";
import { createDispatcher } from "../../interactions/dispatch.ts";
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
import { StartupError } from "./stop-on-signal.ts";

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
  const log = logger.child({ transport: "gateway" });
  const client = createGatewayClient(config.discord.apiUrl);
  const dispatch = createDispatcher(library.knowledgeFor ?? library.kb);
  const adapter = attachGateway(
    connectDiscordJs(client, createCallbackRest(config.discord.apiUrl)),
    {
      plan: (interaction) =>
        planInteraction(interaction, { dispatch, ...(libraries && { library: libraries }) }),
      logger: log,
      now: () => performance.now(),
    },
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
    const code =
      typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
    const reason =
      code === "TokenInvalid"
        ? "Discord refused DISCORD_TOKEN: check the bot token in the Developer Portal"
        : `could not connect to Discord (${code || "network error"})`;
    throw new StartupError(`Gateway mode: ${reason}.`);
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
