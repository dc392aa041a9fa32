/** `npm run start:sharded`: two shard processes under ShardingManager, each logging in. */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeDiscord, type FakeDiscord } from "../support/fake-discord/index.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const KNOWLEDGE = fileURLToPath(new URL("../fixtures/e2e-knowledge", import.meta.url));
const TOKEN = "token-for-sharded-tests";
let fake: FakeDiscord;

beforeAll(async () => {
  fake = await startFakeDiscord({ token: TOKEN });
});
afterAll(() => fake.close());

describe("sharded start", () => {
  it("runs one process per shard, each identifying with its own shard id, and stops them all", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/app/entry/main-sharded.ts"], {
      cwd: ROOT,
      env: {
        PATH: process.env["PATH"] ?? "",
        DOTENV_CONFIG_PATH: "/nonexistent",
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_URL: fake.apiUrl,
        KNOWLEDGE_DIR: KNOWLEDGE,
        SHARD_COUNT: "2",
      },
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
    const exited = new Promise<number | null>((resolve) =>
      child.once("exit", (code) => resolve(code)),
    );
    const deadline = Date.now() + 40_000;
    while (
      (out.match(/connected to Discord/g) ?? []).length < 2 &&
      Date.now() < deadline &&
      child.exitCode === null
    ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const shards = fake.gatewayFrames
      .filter((frame) => frame.op === 2)
      .map((frame) => (frame.d as { shard?: number[] }).shard);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(shards).toEqual(
      expect.arrayContaining([
        [0, 2],
        [1, 2],
      ]),
    );
  }, 60_000);
});
