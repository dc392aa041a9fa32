/** HTTP mode: Discord's Interactions Endpoint URL, stateless, so it scales behind a load balancer. */
import { REST } from "discord.js";
import type { Logger } from "pino";
import { createRestPort } from "../../interactions/discord-rest-port.ts";
import { withInteractionQueue } from "../../interactions/interaction-queue.ts";
import { planInteraction } from "../../interactions/plan-interaction.ts";
import { planResponse } from "../../interactions/run-plan.ts";
import { createHttpHandler } from "../../transports/http.ts";
import { startHttpServer, type RunningHttpServer } from "../../transports/http-server.ts";
import { parsePublicKey } from "../../transports/http-verify.ts";
import type { Library } from "../library/build-library.ts";
import type { LibraryPort } from "../../interactions/library/library-port.ts";
import type { ConfigFor } from "./config.ts";
import { createLoggedQueue, createPlanDependencies } from "./plan-dependencies.ts";
import { throttleLog } from "./throttle-log.ts";

export async function startHttp(
  config: ConfigFor<"http">,
  library: Library,
  logger: Logger,
  libraries?: LibraryPort,
): Promise<RunningHttpServer> {
  const now = () => performance.now();
  const log = throttleLog(logger.child({ transport: "http" }), { now });
  const publicKey = parsePublicKey(config.discord.publicKey);
  if (!publicKey.ok) throw new Error(`DISCORD_PUBLIC_KEY: ${publicKey.error}`);
  const rest = new REST(config.discord.apiUrl === undefined ? {} : { api: config.discord.apiUrl });
  if (config.discord.token !== undefined) rest.setToken(config.discord.token);
  const planDependencies = createPlanDependencies(config, library, libraries);
  const hasBotToken = config.discord.token !== undefined;
  // Work that would start past the deadline gets no reply: Discord has given up on it.
  const queue = createLoggedQueue(log, now);
  const handler = createHttpHandler({
    publicKey: publicKey.value,
    now: () => Date.now(),
    logger: log,
    // One planning: the response goes back as the body; its follow-up (pinning) runs once it is out.
    // Work that would start past the deadline is shed (503): Discord has given up on it.
    handleInteraction: withInteractionQueue(queue, now, (interaction) =>
      planResponse(interaction, {
        plan: (i) => planInteraction(i, planDependencies),
        createPort: (i) => createRestPort(rest, i, hasBotToken),
        logger: log,
        now,
      }),
    ),
  });
  const server = await startHttpServer({ handler, port: config.port, logger: log });
  log.info({ url: server.url }, "listening for Discord interactions");
  return server;
}
