/** `npm start`: console without a token, the gateway bot with one, or HTTP with --http / MODE=http. */
import { config as loadDotenv } from "dotenv";
import { loadConfig, resolveRunMode, ConfigError } from "./config.ts";
import { createLogger } from "./logger.ts";
import { buildLibrary } from "./build-library.ts";
import { startConsole } from "./start-console.ts";

loadDotenv({ quiet: true });
const env = process.env;
const mode = resolveRunMode(env, process.argv.slice(2));
if (!mode.ok) {
  process.stderr.write(`${mode.error}\n`);
  process.exit(2);
}
try {
  const config = loadConfig(env, mode.value);
  // In the console, a person reads stderr: only warnings unless LOG_LEVEL asks for more.
  const level =
    mode.value === "console" && env["LOG_LEVEL"] === undefined ? "warn" : config.logLevel;
  const logger = createLogger({
    level,
    destination: mode.value === "console" ? "stderr" : "stdout",
  });
  const started = performance.now();
  const library = await buildLibrary(config.knowledgeDir);
  for (const problem of library.problems)
    logger.warn({ file: problem.file, reason: problem.message }, "article skipped");
  logger.info(
    { articles: library.kb.entries.length, ms: Math.round(performance.now() - started) },
    "knowledge base built",
  );
  if (mode.value === "console") await startConsole(library, config.knowledgeDir, logger);
  else {
    process.stderr.write(`${mode.value} mode is not available yet in this build.\n`);
    process.exitCode = 1;
  }
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 2;
}
