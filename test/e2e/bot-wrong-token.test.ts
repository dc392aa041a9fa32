/**
 * Issue 13 #10: a bot token Discord does not accept ends start-up with a line that says so, not
 * with "network error" (which sends the operator to check the network instead of the token).
 */
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeDiscord, type FakeDiscord } from "../support/fake-discord/index.ts";
import { spawnBot } from "../support/spawn-bot.ts";

const RIGHT_TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAx.right.token-for-the-fake";
const WRONG_TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAx.wrong.token-for-the-fake";

let fake: FakeDiscord;
let dir: string;

beforeAll(async () => {
  fake = await startFakeDiscord({ token: RIGHT_TOKEN });
  dir = await mkdtemp(join(tmpdir(), "roundtable-token-"));
  await mkdir(join(dir, "knowledge"));
  await writeFile(
    join(dir, "knowledge", "bridge.txt"),
    "Council Closes Bridge\nMarch 8, 2024\n\nThe council closed the bridge, Mayor Dana Ortiz said.\n",
  );
});

afterAll(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

describe("a wrong bot token", () => {
  it('exits 1 with "Discord refused the token", never naming the token', async () => {
    const bot = spawnBot({
      DISCORD_TOKEN: WRONG_TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      KNOWLEDGE_DIR: join(dir, "knowledge"),
      LOG_LEVEL: "info",
    });
    const code = await new Promise<number | null>((resolve) => bot.child.once("exit", resolve));
    expect(code).toBe(1);
    expect(bot.output()).toMatch(/Gateway mode: Discord refused the token/);
    expect(bot.output()).not.toMatch(/network error/);
    expect(bot.output()).not.toContain(WRONG_TOKEN);
  }, 30_000);
});
