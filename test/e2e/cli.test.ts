/** `npm start` with no token and `npm run cli -- …`, as a person runs them: real processes through tsx. */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { spawnBot } from "../support/spawn-bot.ts";

const FIXTURE = "test/fixtures/ingest/wire-story.txt";
const runCli = (...args: string[]) =>
  promisify(execFile)("npx", ["tsx", "src/app/entry/cli.ts", ...args]);

describe("the real command line", () => {
  it("runs through tsx with no build step", async () => {
    const { stdout, stderr } = await runCli("analyze", FIXTURE, "--json");
    expect(stderr).toBe("");
    expect(JSON.parse(stdout)).toHaveProperty(
      "article.title",
      "Harbor Council Votes to Close Pier 9 for Repairs",
    );
  });

  it("exits with 1 for a missing file", async () => {
    const failure = await runCli("analyze", "missing.txt").catch((error: unknown) => error);
    expect(failure).toMatchObject({
      code: 1,
      stdout: "",
      stderr: "missing.txt: no such file or folder\n",
    });
  });

  it("answers one slash command from a knowledge folder with ask", async () => {
    const { stdout, stderr } = await runCli(
      "ask",
      "/who",
      "--knowledge",
      "test/fixtures/ingest",
      "--page",
      "1",
    );
    expect(stderr).toBe("");
    expect(stdout).toContain("Who is in");
    expect(stdout).toContain("[wire-story ¶");
  });

  it("says what went wrong with ask on stderr and exits with 1", async () => {
    const failure = await runCli("ask", "/nope", "--knowledge", "test/fixtures/ingest").catch(
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ code: 1, stdout: "" });
    expect((failure as { stderr: string }).stderr).toContain("There is no /nope command");
  });
});

describe("npm start without a token", () => {
  it("opens the local console, answers a line on stdout and quits", async () => {
    const bot = spawnBot({ KNOWLEDGE_DIR: "test/fixtures/ingest" });
    const exited = new Promise<number | null>((resolve) => bot.child.once("exit", resolve));
    bot.child.stdin?.end("/who\nquit\n");
    await bot.waitFor(/Who is in/);
    expect(await exited).toBe(0);
    expect(bot.output()).toContain("Roundtable — local console");
  });
});
