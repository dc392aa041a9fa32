/**
 * Validated configuration. `parseConfig` is pure: a plain record in, every problem or a frozen
 * Config out; `loadConfig` throws one ConfigError listing them all (STYLE §4).
 */
import { z } from "zod";
import { fail, ok } from "../../model/result.ts";
import type { Result } from "../../model/result.ts";
import type { LibrarySettings } from "./library-config.ts";
import { LIBRARY_VARIABLES, readLibrarySettings } from "./library-config.ts";

export const RUN_MODES = ["console", "gateway", "http"] as const;
export type RunMode = (typeof RUN_MODES)[number];
/** What the config is for: one of the run modes, or the deploy-commands script. */
export type ConfigMode = RunMode | "deploy";
export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface DiscordSettings {
  readonly token: string | undefined;
  readonly applicationId: string | undefined;
  readonly publicKey: string | undefined;
  readonly guildId: string | undefined;
  /** Base URL such as `https://discord.com/api`, without a trailing slash; undefined means Discord's. */
  readonly apiUrl: string | undefined;
  readonly shardCount: number | "auto" | undefined;
}

export interface Config {
  readonly mode: ConfigMode;
  readonly knowledgeDir: string;
  readonly logLevel: LogLevel;
  readonly port: number;
  /** Hours a /discuss poll stays open: 1–768 (Discord's 32 days), default 24. */
  readonly pollDurationHours: number;
  /** How long one article may take to read (ingest + extraction) in a worker, in ms. */
  readonly extractionBudgetMs: number;
  readonly discord: DiscordSettings;
  readonly library: LibrarySettings;
}

/** The settings each mode cannot run without; `ConfigFor` makes them non-optional in the type. */
interface RequiredByMode {
  readonly console: never;
  readonly gateway: "token";
  readonly http: "publicKey";
  readonly deploy: "token" | "applicationId";
}
export type ConfigFor<M extends ConfigMode> = Config & {
  readonly mode: M;
  readonly discord: DiscordSettings & { readonly [K in RequiredByMode[M]]: string };
};

/** The variables behind RequiredByMode; parseConfig's check is what makes its cast sound. */
const REQUIRED: { readonly [M in ConfigMode]: readonly Variable[] } = {
  console: [],
  gateway: ["DISCORD_TOKEN"],
  http: ["DISCORD_PUBLIC_KEY"],
  deploy: ["DISCORD_TOKEN", "DISCORD_APPLICATION_ID"],
};

/** Values never repeated in a message, even when they are wrong. */
const SECRET_VARIABLES: ReadonlySet<string> = new Set([
  "DISCORD_TOKEN",
  "DISCORD_PUBLIC_KEY",
  "DATABASE_URL",
]);

const SNOWFLAKE = /^\d{17,20}$/;
const snowflake = z.string().regex(SNOWFLAKE, { error: "must be a Discord id (17 to 20 digits)" });

const schema = z.object({
  DISCORD_TOKEN: z
    .string()
    .regex(/^\S+$/, { error: 'must be the bare token: no spaces, no "Bot " prefix' })
    .optional(),
  DISCORD_APPLICATION_ID: snowflake.optional(),
  DISCORD_PUBLIC_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, {
      error: "must be 64 hexadecimal characters (the application's public key)",
    })
    .optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_URL: z
    .url({ protocol: /^https?$/, error: "must be an http or https URL" })
    .refine(isSafeApiUrl, {
      error:
        "must use https:// unless it points at this machine (localhost, 127.0.0.1, ::1): plain http would send the bot token in cleartext",
    })
    .transform((url) => url.replace(/\/+$/, ""))
    .optional(),
  KNOWLEDGE_DIR: z.string().default("knowledge"),
  LOG_LEVEL: z
    .enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` })
    .default("info"),
  // 0 asks the system for any free port (the tests use it); the chosen one is logged.
  PORT: z
    .string()
    .regex(/^\d{1,5}$/, { error: "must be a whole number from 0 to 65535" })
    .transform(Number)
    .refine((port) => port >= 0 && port <= 65_535, {
      error: "must be a whole number from 0 to 65535",
    })
    .default(8080),
  POLL_DURATION_HOURS: z
    .string()
    .regex(/^\d{1,3}$/, { error: "must be a whole number of hours from 1 to 768" })
    .transform(Number)
    .refine((hours) => hours >= 1 && hours <= 768, {
      error: "must be a whole number of hours from 1 to 768",
    })
    .default(24),
  EXTRACTION_BUDGET_MS: z
    .string()
    .regex(/^\d{1,7}$/, { error: "must be a whole number of milliseconds from 100 to 600000" })
    .transform(Number)
    .refine((ms) => ms >= 100 && ms <= 600_000, {
      error: "must be a whole number of milliseconds from 100 to 600000",
    })
    .default(10_000),
  MODE: z.enum(RUN_MODES, { error: `must be one of ${RUN_MODES.join(", ")}` }).optional(),
  SHARD_COUNT: z
    .union(
      [
        z.literal("auto"),
        z
          .string()
          .regex(/^[1-9]\d{0,4}$/)
          .transform(Number),
      ],
      {
        error: 'must be a positive whole number or "auto"',
      },
    )
    .optional(),
  ...LIBRARY_VARIABLES,
});

/** The token travels in every request's header: plain http is allowed only to a loopback host. */
function isSafeApiUrl(value: string): boolean {
  // Zod runs this even after the URL check failed; that check already names the problem.
  if (!URL.canParse(value)) return true;
  const url = new URL(value);
  if (url.protocol !== "http:") return true;
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return host === "localhost" || host === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

type Variable = keyof z.input<typeof schema>;
const VARIABLES = Object.keys(schema.shape) as Variable[];

/** Blank values count as unset, as in a `.env` line such as `DISCORD_GUILD_ID=`. */
function pickVariables(
  env: Readonly<Record<string, string | undefined>>,
): Partial<Record<Variable, string>> {
  const picked: Partial<Record<Variable, string>> = {};
  for (const name of VARIABLES) {
    const value = env[name]?.trim();
    if (value !== undefined && value !== "") picked[name] = value;
  }
  return picked;
}

function describeIssue(issue: z.core.$ZodIssue, picked: Partial<Record<Variable, string>>): string {
  const name = String(issue.path[0] ?? "configuration");
  const value = picked[name as Variable];
  const shown = value === undefined || SECRET_VARIABLES.has(name) ? "" : ` (got "${value}")`;
  return `${name} ${issue.message}${shown}`;
}

function listMissing(mode: ConfigMode, picked: Partial<Record<Variable, string>>): string[] {
  return REQUIRED[mode]
    .filter((name) => picked[name] === undefined)
    .map((name) => `${name} is required in ${mode} mode`);
}

/** Validates the environment for `mode`, collecting every problem; never repeats a secret. */
export function parseConfig<M extends ConfigMode>(
  env: Readonly<Record<string, string | undefined>>,
  mode: M,
): Result<ConfigFor<M>, readonly string[]> {
  const picked = pickVariables(env);
  const parsed = schema.safeParse(picked);
  const problems = [
    ...listMissing(mode, picked),
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => describeIssue(issue, picked))),
  ];
  if (!parsed.success || problems.length > 0) return fail(problems);
  const values = parsed.data;
  const config: Config = {
    mode,
    knowledgeDir: values.KNOWLEDGE_DIR,
    logLevel: values.LOG_LEVEL,
    port: values.PORT,
    pollDurationHours: values.POLL_DURATION_HOURS,
    extractionBudgetMs: values.EXTRACTION_BUDGET_MS,
    discord: Object.freeze({
      token: values.DISCORD_TOKEN,
      applicationId: values.DISCORD_APPLICATION_ID,
      publicKey: values.DISCORD_PUBLIC_KEY?.toLowerCase(),
      guildId: values.DISCORD_GUILD_ID,
      apiUrl: values.DISCORD_API_URL,
      shardCount: values.SHARD_COUNT,
    }),
    library: readLibrarySettings(values),
  };
  // listMissing found every variable REQUIRED[mode] names, the settings ConfigFor<M> makes required.
  return ok(Object.freeze(config) as ConfigFor<M>);
}

/** The single error thrown when the configuration has problems; the message lists all of them. */
export class ConfigError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`Configuration is not valid:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "ConfigError";
    this.problems = problems;
  }
}

export function loadConfig<M extends ConfigMode>(
  env: Readonly<Record<string, string | undefined>>,
  mode: M,
): ConfigFor<M> {
  const result = parseConfig(env, mode);
  if (!result.ok) throw new ConfigError(result.error);
  return result.value;
}

/** `--http`/`--console`/`--gateway` win over MODE; without either, a token means gateway. */
export function resolveRunMode(
  env: Readonly<Record<string, string | undefined>>,
  args: readonly string[],
): Result<RunMode, string> {
  const flagged = RUN_MODES.find((mode) => args.includes(`--${mode}`));
  if (flagged !== undefined) return ok(flagged);
  const requested = env["MODE"]?.trim() ?? "";
  if (requested !== "") {
    const known = RUN_MODES.find((mode) => mode === requested);
    return known === undefined
      ? fail(`MODE must be one of ${RUN_MODES.join(", ")} (got "${requested}")`)
      : ok(known);
  }
  return ok((env["DISCORD_TOKEN"]?.trim() ?? "") === "" ? "console" : "gateway");
}
