import { describe, expect, it } from "vitest";
import {
  CLI_SUBCOMMANDS,
  createAnalyzeSubcommand,
  runCli,
  type CliSubcommand,
} from "../../../src/app/cli/run-cli.ts";
import type { Analysis } from "../../../src/model/analysis.ts";

const FIXTURE = "test/fixtures/ingest/wire-story.txt";

// A fixed analysis, so these tests check the output format, not the extractors.
const ANALYSIS: Analysis = {
  actors: [
    {
      id: "ruth-okafor",
      name: "Ruth Okafor",
      kind: "person",
      aliases: ["Ms. Okafor"],
      role: "Council member",
      organization: null,
      passages: ["p3"],
    },
  ],
  quotes: [
    {
      id: "q1",
      text: "overdue by a decade.",
      speaker: "Ruth Okafor",
      speakerId: "ruth-okafor",
      passage: "p3",
      span: [110, 130],
      attribution: "Council member Ruth Okafor said",
      isFragment: true,
      continues: null,
    },
  ],
  events: [
    {
      date: "2021-03-02",
      precision: "day",
      expression: "on Tuesday",
      expressionSpan: [33, 43],
      text: "The Port Avery harbor council on Tuesday voted 5–2 to close Pier 9",
      span: [0, 66],
      passage: "p2",
      actors: [],
      resolution: { method: "inferred", explanation: "Tuesday → 2021-03-02" },
    },
  ],
  stances: [
    {
      actor: "Ruth Okafor",
      actorId: "ruth-okafor",
      stance: "supports",
      evidence: ["p3"],
      quotes: ["q1"],
      origin: "extracted",
      reason: "called the vote overdue",
    },
  ],
  centralAction: { text: "voted 5–2 to close Pier 9", passage: "p2" },
  warnings: ["one quote has no speaker"],
};
const FIXED = { analyze: createAnalyzeSubcommand(() => ANALYSIS) };

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
  it("puts the required fields of every item first and adds the model's extra fields", async () => {
    const { stdout } = await run(["analyze", FIXTURE, "--json"], FIXED);
    const document = JSON.parse(stdout) as Record<string, Record<string, unknown>[]>;
    expect(Object.keys(document["actors"]?.[0] ?? {}).slice(0, 5)).toEqual([
      "name",
      "kind",
      "aliases",
      "role",
      "passages",
    ]);
    expect(document["quotes"]?.[0]).toMatchObject({
      text: "overdue by a decade.",
      speaker: "Ruth Okafor",
      passage: "p3",
      attribution: "Council member Ruth Okafor said",
    });
    expect(document["events"]?.[0]).toMatchObject({
      date: "2021-03-02",
      passage: "p2",
      actors: [],
      resolution: { method: "inferred" },
    });
    expect(document["stances"]?.[0]).toMatchObject({
      actor: "Ruth Okafor",
      stance: "supports",
      evidence: ["p3"],
    });
    expect(document).toHaveProperty("article.warnings", ["one quote has no speaker"]);
  });

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
  });

  it("adds warnings, actors, quotes, events and stances when there are some", async () => {
    const { code, stdout } = await run(["analyze", FIXTURE], FIXED);
    expect(code).toBe(0);
    const afterPassages = stdout.slice(stdout.indexOf("\n\nActors"));
    expect(afterPassages).toBe(
      [
        "",
        "",
        "Actors (1):",
        "  - Ruth Okafor (person, Council member); also Ms. Okafor [¶3]",
        "",
        "Quotes (1):",
        "  - “overdue by a decade.” — Ruth Okafor [¶3]",
        "",
        "Events (1):",
        "  - 2021-03-02: The Port Avery harbor council on Tuesday voted 5–2 to close Pier 9 [¶2]",
        "",
        "Stances (1):",
        "  - Ruth Okafor: supports [¶3]",
        "",
      ].join("\n"),
    );
    expect(stdout).toContain("\n\nWarnings (1):\n  - one quote has no speaker\n\nPassages (7):");
  });

  it("lists the article's own warnings", async () => {
    const { stdout } = await run(["analyze", "test/fixtures/ingest/curated-story.md"]);
    expect(stdout).toContain("Warnings (");
    expect(stdout).toContain('  - front matter published "2022-05-14" differs');
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
