import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/app/cli-run.ts";
import { CLI_SUBCOMMANDS } from "../../src/app/cli-subcommands.ts";
import type { CliSubcommand } from "../../src/app/cli-subcommand.ts";

const FIXTURE = "test/fixtures/ingest/wire-story.txt";

async function run(argv: readonly string[], subcommands = CLI_SUBCOMMANDS) {
  let stdout = "";
  let stderr = "";
  const io = {
    stdout: (text: string) => void (stdout += text),
    stderr: (text: string) => void (stderr += text),
  };
  const code = await runCli(argv, io, subcommands);
  return { code, stdout, stderr };
}

describe("analyze --json", () => {
  it("prints exactly one JSON document in the documented shape", async () => {
    const { code, stdout, stderr } = await run(["analyze", FIXTURE, "--json"]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const document = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(document)).toEqual(
      expect.arrayContaining(["article", "passages", "actors", "quotes", "events", "stances"]),
    );
    expect(document["article"]).toMatchObject({
      id: "wire-story",
      title: "Harbor Council Votes to Close Pier 9 for Repairs",
      author: "Dana Whitlock",
      published: "2021-03-03",
      source: "The Harbor Gazette",
      url: null,
      section: "City Desk",
      warnings: [],
    });
    expect((document["passages"] as unknown[])[0]).toEqual({
      id: "p1",
      n: 1,
      kind: "caption",
      text: "Workers inspect the pilings under Pier 9 in Port Avery on March 2, 2021. (Lena Ortiz/Harbor Photo Service)",
    });
    for (const key of ["actors", "quotes", "events", "stances"])
      expect(Array.isArray(document[key])).toBe(true);
  });

  it("accepts the flag before the file", async () => {
    const { code, stdout } = await run(["analyze", "--json", FIXTURE]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveProperty("article.id", "wire-story");
  });
});

describe("analyze report", () => {
  it("shows metadata and numbered passages with their kind", async () => {
    const { code, stdout, stderr } = await run(["analyze", FIXTURE]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const lines = stdout.split("\n");
    expect(lines.slice(0, 7)).toEqual([
      "Harbor Council Votes to Close Pier 9 for Repairs",
      "  id:        wire-story (wire-story.txt, text)",
      "  author:    Dana Whitlock",
      "  published: 2021-03-03",
      "  source:    The Harbor Gazette",
      "  section:   City Desk",
      "  url:       —",
    ]);
    expect(lines).toContain("Passages (7):");
    expect(lines).toContain("¶4 [heading] “Nobody Told Us”");
    expect(stdout).not.toContain("Warnings");
  });

  it("lists warnings when there are some", async () => {
    const { stdout } = await run(["analyze", "test/fixtures/ingest/curated-story.md"]);
    expect(stdout).toContain('Warnings (2):\n  - front matter published "2022-05-14" differs');
  });
});

describe("analyze failures: one line on stderr, nothing on stdout", () => {
  it.each([
    [
      "a missing file",
      ["analyze", "no/such/file.txt"],
      1,
      "no/such/file.txt: no such file or folder\n",
    ],
    [
      "a folder",
      ["analyze", "test/fixtures/ingest"],
      1,
      "test/fixtures/ingest: is a folder, not a file\n",
    ],
  ])("reports %s with exit code %i", async (_name, argv, expectedCode, expectedError) => {
    const { code, stdout, stderr } = await run(argv);
    expect({ code, stdout, stderr }).toEqual({
      code: expectedCode,
      stdout: "",
      stderr: expectedError,
    });
  });

  it.each([
    ["no file", ["analyze"], /^analyze needs a file to read\.\nUsage: /],
    ["two files", ["analyze", "a.txt", "b.txt"], /^analyze reads one file; also got b\.txt\./],
    ["an unknown flag", ["analyze", "a.txt", "--yaml"], /^Unknown option '--yaml'/],
    ["an unknown command", ["summarise"], /^Unknown command "summarise"\. Usage: /],
    ["no command", [], /^Usage: npm run --silent cli -- <command>/],
  ])("refuses %s with a usage message", async (_name, argv, expectedError) => {
    const { code, stdout, stderr } = await run(argv);
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toMatch(expectedError);
  });

  it("turns a crash inside a command into one line and exit code 1", async () => {
    const crashing: CliSubcommand = {
      usage: "crash",
      summary: "fails",
      run: () => Promise.reject(new Error("boom\nstack")),
    };
    expect(await run(["crash"], { crash: crashing })).toEqual({
      code: 1,
      stdout: "",
      stderr: "crash: unexpected error: boom\n",
    });
  });
});

describe("the real command line", () => {
  it("runs through tsx with no build step", async () => {
    const { stdout, stderr } = await promisify(execFile)("npx", [
      "tsx",
      "src/app/cli.ts",
      "analyze",
      FIXTURE,
      "--json",
    ]);
    expect(stderr).toBe("");
    expect(JSON.parse(stdout)).toHaveProperty(
      "article.title",
      "Harbor Council Votes to Close Pier 9 for Repairs",
    );
  });

  it("exits with 1 for a missing file", async () => {
    const failure = await promisify(execFile)("npx", [
      "tsx",
      "src/app/cli.ts",
      "analyze",
      "missing.txt",
    ]).catch((error: unknown) => error);
    expect(failure).toMatchObject({
      code: 1,
      stdout: "",
      stderr: "missing.txt: no such file or folder\n",
    });
  });
});
