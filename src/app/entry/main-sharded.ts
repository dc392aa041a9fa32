/**
 * `npm run start:sharded`: the gateway bot under discord.js's ShardingManager. Each shard is a
 * process running `main.ts` in gateway mode and loading the same knowledge (or prebuilt index).
 */
import { fileURLToPath } from "node:url";
import { REST, Routes, ShardingManager } from "discord.js";
import type { RESTGetAPIGatewayBotResult } from "discord-api-types/v10";
import { config as loadDotenv } from "dotenv";
import { ConfigError, loadConfig } from "../startup/config.ts";
import { createLogger } from "../startup/logger.ts";

loadDotenv({ quiet: true });
const MAIN = fileURLToPath(new URL("./main.ts", import.meta.url));

/** discord.js's own "auto" asks discord.com directly; asking through REST honours DISCORD_API_URL. */
async function fetchShardCount(token: string, apiUrl: string | undefined): Promise<number> {
  const rest = new REST(apiUrl === undefined ? {} : { api: apiUrl }).setToken(token);
  const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return Math.max(1, gateway.shards);
}

try {
  const config = loadConfig(process.env, "gateway");
  const { token, apiUrl, shardCount } = config.discord;
  const logger = createLogger({ level: config.logLevel, destination: "stdout", secrets: [token] });
  const totalShards =
    typeof shardCount === "number" ? shardCount : await fetchShardCount(token, apiUrl);
  const manager = new ShardingManager(MAIN, {
    token,
    totalShards,
    execArgv: ["--import", "tsx"],
    shardArgs: ["--gateway"],
  });
  manager.on("shardCreate", (shard) =>
    logger.info({ shard: shard.id, totalShards }, "shard started"),
  );
  const stop = (): void => {
    logger.info({}, "stopping shards");
    // Shard.kill() sends SIGTERM without respawning; each shard then drains and exits 0 on its own.
    for (const shard of manager.shards.values()) shard.kill();
    process.exitCode = 0;
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  await manager.spawn({ amount: totalShards });
} catch (error) {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : `Sharded start failed: ${String(error)}`}\n`,
  );
  process.exitCode = 1;
}
