/** `npm run deploy-commands` against the fake Discord's REST: a bulk overwrite of the registry. */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../commands/index.ts";
import { startFakeDiscord, type FakeDiscord } from "../support/fake-discord/index.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TOKEN = "token-for-deploy-tests";
let fake: FakeDiscord;

function deploy(env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/app/entry/deploy-commands.ts"], {
    cwd: ROOT,
    env: { PATH: process.env["PATH"] ?? "", DOTENV_CONFIG_PATH: "/nonexistent", ...env },
  });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, out })));
}

beforeAll(async () => {
  fake = await startFakeDiscord({ token: TOKEN });
});
afterAll(() => fake.close());

describe("deploy-commands", () => {
  const base = () => ({
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: fake.state.applicationId,
    DISCORD_API_URL: fake.apiUrl,
  });

  it("overwrites the guild's commands with every command in the registry when a guild is set", async () => {
    const result = await deploy({ ...base(), DISCORD_GUILD_ID: fake.state.guildIds[0] ?? "" });
    expect(result.out).toContain(`Deployed ${COMMANDS.length} commands to guild`);
    const put = fake.requests.find((r) => r.method === "PUT" && r.route.includes("/guilds/"));
    expect((put?.body as { name: string }[]).map((c) => c.name)).toEqual(
      COMMANDS.map((c) => c.definition.name),
    );
  }, 20_000);

  it("deploys globally without a guild", async () => {
    const result = await deploy(base());
    expect(result.code).toBe(0);
    expect(
      fake.requests.some(
        (r) =>
          r.method === "PUT" && r.route === `/applications/${fake.state.applicationId}/commands`,
      ),
    ).toBe(true);
  }, 20_000);

  it("lists every missing setting at once and never echoes the token", async () => {
    const result = await deploy({
      DISCORD_TOKEN: "secret-value-123",
      DISCORD_API_URL: "not a url",
    });
    expect(result.code).toBe(1);
    expect(result.out).toContain("DISCORD_APPLICATION_ID");
    expect(result.out).toContain("DISCORD_API_URL");
    expect(result.out).not.toContain("secret-value-123");
  }, 20_000);
});
