/** HTTP mode: Discord's Interactions Endpoint URL, stateless, so it scales behind a load balancer. */
import { REST } from "discord.js";
import type { APIInteraction } from "discord-api-types/v10";
import type { Logger } from "pino";
import { createHttpHandler } from "../transports/http.ts";
import { startHttpServer, type RunningHttpServer } from "../transports/http-server.ts";
import { parsePublicKey } from "../transports/http-verify.ts";
import { createRestPort } from "../transports/discord-rest-port.ts";
import type { Library } from "./build-library.ts";
import { createDispatcher } from "./command-context.ts";
import type { ConfigFor } from "./config.ts";
import type { InteractionPlan } from "./interactions/interaction-port.ts";
import { planInteraction } from "./interactions/plan-interaction.ts";
import { planSafely, runPlan } from "./interactions/run-plan.ts";

export async function startHttp(
  config: ConfigFor<"http">,
  library: Library,
  logger: Logger,
): Promise<RunningHttpServer> {
  const log = logger.child({ transport: "http" });
  const publicKey = parsePublicKey(config.discord.publicKey);
  if (!publicKey.ok) throw new Error(`DISCORD_PUBLIC_KEY: ${publicKey.error}`);
  const rest = new REST(config.discord.apiUrl === undefined ? {} : { api: config.discord.apiUrl });
  if (config.discord.token !== undefined) rest.setToken(config.discord.token);
  const dispatch = createDispatcher(library.kb);
  // The plan is made while the request waits; its follow-up (pinning) runs once the response is out.
  const pending = new WeakMap<APIInteraction, InteractionPlan>();
  const handler = createHttpHandler({
    publicKey: publicKey.value,
    now: () => Date.now(),
    logger: log,
    handleInteraction: async (interaction) => {
      const plan = planSafely(interaction, (i) => planInteraction(i, { dispatch }));
      pending.set(interaction, plan);
      return plan.response;
    },
    afterResponse: (interaction) => {
      const plan = pending.get(interaction);
      if (!plan) return;
      void runPlan(interaction, {
        plan: () => plan,
        respond: async () => undefined,
        createPort: (i) => createRestPort(rest, i, config.discord.token !== undefined),
        logger: log,
        now: () => performance.now(),
      });
    },
  });
  const server = await startHttpServer({ handler, port: config.port, logger: log });
  log.info({ url: server.url }, "listening for Discord interactions");
  return server;
}
