import { describe, expect, it } from "vitest";
import {
  ConfigError,
  loadConfig,
  parseConfig,
  resolveRunMode,
} from "../../../src/app/startup/config.ts";
import type { ConfigMode } from "../../../src/app/startup/config.ts";

const TOKEN = "MTAxMjM0NTY3ODkwMTIzNDU2Nzg.Gabcde.fake-token-value-for-tests";
const PUBLIC_KEY = "a".repeat(64);
const APPLICATION_ID = "1100000000000000001";

function problemsOf(env: Record<string, string | undefined>, mode: ConfigMode): readonly string[] {
  const result = parseConfig(env, mode);
  return result.ok ? [] : result.error;
}

describe("parseConfig", () => {
  it("needs nothing in console mode and fills every default", () => {
    const result = parseConfig({}, "console");
    expect(result).toEqual({
      ok: true,
      value: {
        mode: "console",
        knowledgeDir: "knowledge",
        logLevel: "info",
        port: 8080,
        pollDurationHours: 24,
        extractionBudgetMs: 10_000,
        discord: {
          token: undefined,
          applicationId: undefined,
          publicKey: undefined,
          guildId: undefined,
          apiUrl: undefined,
          shardCount: undefined,
        },
        // The library's settings have their own tests (library-config.test.ts).
        library: expect.objectContaining({ databaseUrl: null, dataDir: "data" }),
      },
    });
  });

  it("returns a frozen config, down to the Discord settings", () => {
    const config = loadConfig({ DISCORD_TOKEN: TOKEN }, "gateway");
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.discord)).toBe(true);
    expect(config.discord.token).toBe(TOKEN);
  });

  it("reads every variable when all are valid", () => {
    const config = loadConfig(
      {
        DISCORD_TOKEN: TOKEN,
        DISCORD_APPLICATION_ID: APPLICATION_ID,
        DISCORD_PUBLIC_KEY: PUBLIC_KEY.toUpperCase(),
        DISCORD_GUILD_ID: "1200000000000000001",
        DISCORD_API_URL: "http://127.0.0.1:4321/api/",
        KNOWLEDGE_DIR: "/srv/articles",
        LOG_LEVEL: "debug",
        PORT: "3000",
        EXTRACTION_BUDGET_MS: "2500",
        MODE: "http",
        SHARD_COUNT: "auto",
        POLL_DURATION_HOURS: "168",
      },
      "http",
    );
    expect(config).toEqual({
      mode: "http",
      knowledgeDir: "/srv/articles",
      logLevel: "debug",
      port: 3000,
      pollDurationHours: 168,
      extractionBudgetMs: 2_500,
      discord: {
        token: TOKEN,
        applicationId: APPLICATION_ID,
        publicKey: PUBLIC_KEY,
        guildId: "1200000000000000001",
        apiUrl: "http://127.0.0.1:4321/api",
        shardCount: "auto",
      },
      library: expect.objectContaining({ databaseUrl: null }),
    });
  });

  it.each([
    "http://localhost:9/api",
    "http://[::1]:9",
    "http://127.8.0.1",
    "https://discord.example.com",
  ])("accepts DISCORD_API_URL %s (https, or plain http to this machine only)", (url) => {
    expect(loadConfig({ DISCORD_API_URL: url }, "console").discord.apiUrl).toBe(url);
  });

  it("treats blank values as unset", () => {
    const config = loadConfig({ DISCORD_GUILD_ID: "", PORT: "  ", LOG_LEVEL: "" }, "console");
    expect([config.discord.guildId, config.port, config.logLevel]).toEqual([
      undefined,
      8080,
      "info",
    ]);
  });

  it.each(["0", "769", "24h", "-1"])(
    "refuses POLL_DURATION_HOURS=%s (Discord allows 1 to 768)",
    (value) => {
      const result = parseConfig({ POLL_DURATION_HOURS: value }, "console");
      expect(result.ok ? [] : result.error).toEqual([
        `POLL_DURATION_HOURS must be a whole number of hours from 1 to 768 (got "${value}")`,
      ]);
    },
  );

  it("reads a numeric shard count", () => {
    expect(loadConfig({ SHARD_COUNT: "4" }, "console").discord.shardCount).toBe(4);
  });

  it.each([
    { mode: "gateway", env: {}, problem: "DISCORD_TOKEN is required in gateway mode" },
    { mode: "http", env: {}, problem: "DISCORD_PUBLIC_KEY is required in http mode" },
    {
      mode: "deploy",
      env: { DISCORD_TOKEN: TOKEN },
      problem: "DISCORD_APPLICATION_ID is required in deploy mode",
    },
    {
      mode: "deploy",
      env: { DISCORD_APPLICATION_ID: APPLICATION_ID },
      problem: "DISCORD_TOKEN is required in deploy mode",
    },
  ] as const)("reports a missing $problem", ({ mode, env, problem }) => {
    expect(problemsOf(env, mode)).toEqual([problem]);
  });

  it.each([
    {
      env: { DISCORD_APPLICATION_ID: "12345" },
      problem: 'DISCORD_APPLICATION_ID must be a Discord id (17 to 20 digits) (got "12345")',
    },
    {
      env: { DISCORD_GUILD_ID: "my-guild" },
      problem: 'DISCORD_GUILD_ID must be a Discord id (17 to 20 digits) (got "my-guild")',
    },
    {
      env: { DISCORD_PUBLIC_KEY: "abc" },
      problem:
        "DISCORD_PUBLIC_KEY must be 64 hexadecimal characters (the application's public key)",
    },
    {
      env: { DISCORD_TOKEN: "Bot abc.def" },
      problem: 'DISCORD_TOKEN must be the bare token: no spaces, no "Bot " prefix',
    },
    {
      env: { DISCORD_API_URL: "ftp://example.com" },
      problem: 'DISCORD_API_URL must be an http or https URL (got "ftp://example.com")',
    },
    {
      env: { DISCORD_API_URL: "http://discord.example.com/api" },
      problem:
        'DISCORD_API_URL must use https:// unless it points at this machine (localhost, 127.0.0.1, ::1): plain http would send the bot token in cleartext (got "http://discord.example.com/api")',
    },
    {
      env: { DISCORD_API_URL: "http://10.0.0.5:8080" },
      problem:
        'DISCORD_API_URL must use https:// unless it points at this machine (localhost, 127.0.0.1, ::1): plain http would send the bot token in cleartext (got "http://10.0.0.5:8080")',
    },
    {
      env: { EXTRACTION_BUDGET_MS: "50" },
      problem:
        'EXTRACTION_BUDGET_MS must be a whole number of milliseconds from 100 to 600000 (got "50")',
    },
    {
      env: { DISCORD_API_URL: "not a url" },
      problem: 'DISCORD_API_URL must be an http or https URL (got "not a url")',
    },
    {
      env: { LOG_LEVEL: "verbose" },
      problem:
        'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "verbose")',
    },
    { env: { PORT: "-1" }, problem: 'PORT must be a whole number from 0 to 65535 (got "-1")' },
    {
      env: { PORT: "70000" },
      problem: 'PORT must be a whole number from 0 to 65535 (got "70000")',
    },
    { env: { PORT: "80a" }, problem: 'PORT must be a whole number from 0 to 65535 (got "80a")' },
    {
      env: { MODE: "websocket" },
      problem: 'MODE must be one of console, gateway, http (got "websocket")',
    },
    {
      env: { SHARD_COUNT: "0" },
      problem: 'SHARD_COUNT must be a positive whole number or "auto" (got "0")',
    },
    {
      env: { SHARD_COUNT: "two" },
      problem: 'SHARD_COUNT must be a positive whole number or "auto" (got "two")',
    },
  ])("reports $problem", ({ env, problem }) => {
    expect(problemsOf(env, "console")).toEqual([problem]);
  });

  it("never repeats a secret's value in a problem", () => {
    const secretToken = "Bot super secret";
    const secretKey = "zz-secret-public-key";
    const problems = problemsOf(
      { DISCORD_TOKEN: secretToken, DISCORD_PUBLIC_KEY: secretKey },
      "http",
    );
    expect(problems).toHaveLength(2);
    for (const problem of problems) {
      expect(problem).not.toContain("secret");
    }
  });
});

describe("loadConfig", () => {
  it("throws one ConfigError that lists every problem at once", () => {
    const env = {
      DISCORD_PUBLIC_KEY: "short",
      PORT: "99999",
      LOG_LEVEL: "loud",
      DISCORD_GUILD_ID: "x",
    };
    let thrown: unknown;
    try {
      loadConfig(env, "deploy");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    const problems = (thrown as ConfigError).problems;
    expect(problems).toEqual([
      "DISCORD_TOKEN is required in deploy mode",
      "DISCORD_APPLICATION_ID is required in deploy mode",
      "DISCORD_PUBLIC_KEY must be 64 hexadecimal characters (the application's public key)",
      'DISCORD_GUILD_ID must be a Discord id (17 to 20 digits) (got "x")',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
      'PORT must be a whole number from 0 to 65535 (got "99999")',
    ]);
    expect((thrown as ConfigError).message).toBe(
      `Configuration is not valid:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`,
    );
  });
});

describe("resolveRunMode", () => {
  it.each([
    { env: {}, args: [], mode: "console" },
    { env: { DISCORD_TOKEN: TOKEN }, args: [], mode: "gateway" },
    { env: { DISCORD_TOKEN: " " }, args: [], mode: "console" },
    { env: { DISCORD_TOKEN: TOKEN, MODE: "http" }, args: [], mode: "http" },
    { env: { MODE: "gateway" }, args: ["--http"], mode: "http" },
    { env: { DISCORD_TOKEN: TOKEN }, args: ["--console"], mode: "console" },
  ])("picks $mode for MODE=$env.MODE and args $args", ({ env, args, mode }) => {
    expect(resolveRunMode(env, args)).toEqual({ ok: true, value: mode });
  });

  it("rejects an unknown MODE without guessing", () => {
    expect(resolveRunMode({ MODE: "shard" }, [])).toEqual({
      ok: false,
      error: 'MODE must be one of console, gateway, http (got "shard")',
    });
  });
});
