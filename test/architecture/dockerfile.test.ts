/**
 * Issue 13 #10: in the runtime image, code, node_modules, knowledge/ and .cache belong to root
 * and are read-only for the user that runs the bot; only /app/data (the library's SQLite file)
 * is writable by it.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const dockerfile = readFileSync(new URL("../../Dockerfile", import.meta.url), "utf8");
// The runtime stage: everything after the last FROM, with continued lines joined.
const runtime = (dockerfile.split(/^FROM /m).at(-1) ?? "").replace(/\\\n\s*/g, " ");
const instructions = runtime.split("\n").filter((line) => /^[A-Z]+ /.test(line));

describe("the runtime image", () => {
  it("copies nothing as the runtime user", () => {
    const copies = instructions.filter((line) => line.startsWith("COPY "));
    expect(copies.length).toBeGreaterThanOrEqual(6);
    expect(copies.filter((line) => line.includes("--chown"))).toEqual([]);
  });

  it("takes write permission off code, dependencies, articles and the index", () => {
    const run = instructions.find((line) => line.startsWith("RUN ") && line.includes("chmod"));
    expect(run).toMatch(/chmod -R a-w/);
    for (const folder of ["node_modules", "src", "commands", "knowledge", ".cache"]) {
      expect(run).toContain(`/app/${folder}`);
    }
  });

  it("gives the runtime user /app/data only, then drops to it", () => {
    const chowns = instructions.flatMap((line) => [...line.matchAll(/chown (\S+) (\S+)/g)]);
    expect(chowns.map((match) => match[2])).toEqual(["/app/data"]);
    const userAt = instructions.findIndex((line) => line === "USER node");
    const lastRunAt = instructions.findLastIndex((line) => line.startsWith("RUN "));
    expect(userAt).toBeGreaterThan(lastRunAt);
  });
});
