/** `npm run deploy-commands`: bulk-overwrites the registry's commands, to one guild or globally. */
import { REST, Routes } from "discord.js";
import { config as loadDotenv } from "dotenv";
import { COMMANDS } from "../../../commands/index.ts";
import { ConfigError, loadConfig } from "../startup/config.ts";

loadDotenv({ quiet: true });
try {
  const config = loadConfig(process.env, "deploy");
  const { token, applicationId, guildId, apiUrl } = config.discord;
  const rest = new REST(apiUrl === undefined ? {} : { api: apiUrl }).setToken(token);
  const body = COMMANDS.map((command) => command.definition);
  const route =
    guildId === undefined
      ? Routes.applicationCommands(applicationId)
      : Routes.applicationGuildCommands(applicationId, guildId);
  const saved = (await rest.put(route, { body })) as readonly unknown[];
  const target =
    guildId === undefined ? "globally (may take up to an hour to appear)" : `to guild ${guildId}`;
  process.stdout.write(`Deployed ${saved.length} commands ${target}.\n`);
} catch (error) {
  const message =
    error instanceof ConfigError
      ? error.message
      : `Deploy failed: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
}
