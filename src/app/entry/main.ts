/** `npm start`: console without a token, the gateway bot with one, or HTTP with --http / MODE=http. */
import { config as loadDotenv } from "dotenv";
import { configureExtractionPool } from "../extraction-pool/analyze-in-pool.ts";
import { openLibraries } from "../library/open-libraries.ts";
import { ConfigError, loadConfig, resolveRunMode } from "../startup/config.ts";
import { createLogger } from "../startup/logger.ts";
import { startConsole } from "../startup/start-console.ts";
import { startGateway } from "../startup/start-gateway.ts";
import { startHttp } from "../startup/start-http.ts";
import { StartupError, stopOnSignal } from "../startup/stop-on-signal.ts";

loadDotenv({ quiet: true });
const env = process.env;
const mode = resolveRunMode(env, process.argv.slice(2));
if (!mode.ok) {
  process.stderr.write(`${mode.error}\n`);
  process.exit(2);
}
try {
  const config = loadConfig(env, mode.value);
  // In the console a person reads stderr: only warnings unless LOG_LEVEL asks for more.
  const level =
    config.mode === "console" && (env["LOG_LEVEL"] ?? "").trim() === "" ? "warn" : config.logLevel;
  const logger = createLogger({
    level,
    destination: config.mode === "console" ? "stderr" : "stdout",
    secrets: [env["DISCORD_TOKEN"]],
  });
  configureExtractionPool({ budgetMs: config.extractionBudgetMs });
  // Start-up never writes index files: a stale prebuilt index is rebuilt in memory, and
  // `npm run build-index` is what writes a fresh one. Every mode opens the store of what servers
  // add (SQLite in DATA_DIR or PostgreSQL); the console is the server "console".
  const { library, libraries } = await openLibraries(config, logger);
  logger.info({ index: library.index.source }, library.index.message);
  // The console's banner lists skipped files for a person; servers log them as JSON.
  if (config.mode !== "console") {
    for (const problem of library.problems) {
      logger.warn({ file: problem.file, reason: problem.message }, "article skipped");
    }
  }
  logger.info({ articles: library.kb.entries.length }, "knowledge base ready");
  const stillReading = library.stillReading ?? [];
  if (stillReading.length > 0)
    logger.warn({ files: stillReading }, "still being read: answered once read");
  if (config.mode === "console")
    await startConsole(library, config.knowledgeDir, logger, libraries);
  else if (config.mode === "gateway")
    await stopOnSignal(
      startGateway(loadConfig(env, "gateway"), library, logger, libraries),
      logger,
    );
  else await stopOnSignal(startHttp(loadConfig(env, "http"), library, logger, libraries), logger);
} catch (error) {
  // Expected start-up failures get one line; anything else is a bug and keeps its stack.
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
  } else if (error instanceof StartupError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  } else throw error;
}
