/** HTTP mode: Discord's Interactions Endpoint URL, stateless, so it scales behind a load balancer. */
import { REST } from "discord.js";
import type { Logger } from "pino";
import { createRestPort } from "../../interactions/discord-rest-port.ts";
import { createDispatcher } from "../../interactions/dispatch.ts";
import { planInteraction } from "../../interactions/plan-interaction.ts";
import { planResponse } from "../../interactions/run-plan.ts";
import { createHttpHandler } from "../../transports/http.ts";
import { startHttpServer, type RunningHttpServer } from "../../transports/http-server.ts";
import { parsePublicKey } from "../../transports/http-verify.ts";
import type { Library } from "../library/build-library.ts";
import type { LibraryPort } from "../../interactions/library/library-port.ts";
import type { ConfigFor } from "./config.ts";

export async function startHttp(
  config: ConfigFor<"http">,
  library: Library,
  logger: Logger,
  libraries?: LibraryPort,
): Promise<RunningHttpServer> {
  const log = logger.child({ transport: "http" });
  const publicKey = parsePublicKey(config.discord.publicKey);
  if (!publicKey.ok) throw new Error(`DISCORD_PUBLIC_KEY: ${publicKey.error}`);
  const rest = new REST(config.discord.apiUrl === undefined ? {} : { api: config.discord.apiUrl });
  if (config.discord.token !== undefined) rest.setToken(config.discord.token);
  const dispatch = createDispatcher(library.knowledgeFor ?? library.kb);
  const hasBotToken = config.discord.token !== undefined;
  const handler = createHttpHandler({
    publicKey: publicKey.value,
    now: () => Date.now(),
    logger: log,
    // One planning: the response goes back as the body; its follow-up (pinning) runs once it is out.
    handleInteraction: (interaction) =>
      planResponse(interaction, {
        plan: (i) => planInteraction(i, { dispatch, ...(libraries && { library: libraries }) }),
        createPort: (i) => createRestPort(rest, i, hasBotToken),
        logger: log,
        now: () => performance.now(),
      }),
  });
  const server = await startHttpServer({ handler, port: config.port, logger: log });
  log.info({ url: server.url }, "listening for Discord interactions");
  return server;
}
