/** `cli ask "/timeline" --out DIR` writes the picture and prints its path; other answers write nothing. */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_SUBCOMMANDS, runCli } from "../../../src/app/cli/run-cli.ts";
import { readPngSize } from "../../support/discuss-e2e.ts";

const KNOWLEDGE = fileURLToPath(new URL("../../fixtures/discuss-knowledge", import.meta.url));
let folder = "";

async function ask(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    ["ask", "--knowledge", KNOWLEDGE, ...args],
    { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) },
    CLI_SUBCOMMANDS,
  );
  return { code, stdout: out.join(""), stderr: err.join("") };
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "cli-picture-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("cli ask and the timeline picture", () => {
  it("writes timeline.png into --out and prints its path under the answer", async () => {
    const out = join(folder, "pictures");
    const result = await ask("/timeline", "--out", out);
    expect(result.code).toBe(0);
    const path = join(out, "timeline.png");
    expect(result.stdout.trimEnd().split("\n").at(-1)).toBe(`Picture: ${path}`);
    expect(readPngSize(await readFile(path))?.width).toBeGreaterThanOrEqual(1000);
  }, 30_000);

  it("writes into a fresh temporary folder without --out", async () => {
    const result = await ask("/timeline");
    const path = /Picture: (.+)$/m.exec(result.stdout)?.[1] ?? "";
    expect(path).toMatch(/roundtable-timeline-[^/]+\/timeline\.png$/);
    expect(readPngSize(await readFile(path))).not.toBeNull();
    await rm(join(path, ".."), { recursive: true, force: true });
  }, 30_000);

  it("writes no picture for other commands", async () => {
    const out = join(folder, "none");
    const result = await ask("/discuss", "--out", out);
    expect(result.stdout).not.toContain("Picture:");
    await expect(readdir(out)).rejects.toThrow();
  }, 30_000);

  it("refuses --out without a folder", async () => {
    const result = await ask("/timeline", "--out");
    expect(result).toMatchObject({ code: 2, stderr: "--out needs a folder.\n" });
  });
});
