import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { findCommand } from "../../commands/index.ts";
import { runConsole } from "../../src/transports/console.ts";
import { createDispatcher } from "../../src/interactions/dispatch.ts";
import { buildBridgeKb } from "../support/fixture-kb.ts";

async function converse(lines: readonly string[]): Promise<{ out: string; failures: string[] }> {
  const chunks: string[] = [];
  const failures: string[] = [];
  const dispatch = createDispatcher(buildBridgeKb());
  await runConsole({
    input: Readable.from([`${lines.join("\n")}\n`]),
    write: (text) => void chunks.push(text),
    dispatch: async (request) =>
      request.name === "explode"
        ? { kind: "failure", error: new Error("boom"), errorId: "abc123" }
        : dispatch(request),
    findCommand,
    reportFailure: (outcome) => void failures.push(outcome.errorId),
    isInteractive: false,
  });
  return { out: chunks.join(""), failures };
}

describe("console", () => {
  it("answers a command with the rendered text and its citations", async () => {
    const { out } = await converse(["/who brandt"]);
    expect(out).toContain("Luis Brandt");
    expect(out).toContain("Shop owner");
    expect(out).toMatch(/¶4/);
  });

  it("answers several lines in order and stops at quit", async () => {
    const { out } = await converse(["/source", "/who", "quit", "/help"]);
    expect(out.indexOf("APA")).toBeGreaterThan(-1);
    expect(out.indexOf("APA")).toBeLessThan(out.indexOf("Dana Ortiz — Mayor"));
    expect(out).not.toContain("what each command does");
  });

  it("shows user errors after a ! and keeps going", async () => {
    const { out } = await converse(["/nope", "/who name:Ortiz"]);
    expect(out).toContain("! There is no /nope command");
    expect(out).toContain("Dana Ortiz");
  });

  it("reports a bug with its error id, never the raw error", async () => {
    const { out, failures } = await converse(["/explode"]);
    expect(out).toContain("error id abc123");
    expect(out).not.toContain("boom");
    expect(failures).toEqual(["abc123"]);
  });

  it("pages with /next and says when there is nothing to page", async () => {
    const { out } = await converse(["/next"]);
    expect(out).toContain("Nothing to page through yet");
  });

  it("prints no prompt when not interactive, so piped output is answers only", async () => {
    const { out } = await converse([""]);
    expect(out).toBe("");
  });
});
