/** STYLE.md §1: the core is pure. These rules hold without anyone having to remember them. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CORE = ["src/model", "src/ingest", "src/extract", "src/knowledge-base", "src/answer"];
const ADAPTER_ONLY = ["src/transports", "src/app"];

function listTypeScript(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return listTypeScript(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

const IMPORT = /^\s*(?:import|export)\b[^'"]*?from\s+["']([^"']+)["']/gm;

function importsOf(file: string): string[] {
  return [...readFileSync(join(ROOT, file), "utf8").matchAll(IMPORT)].map((m) => m[1] ?? "");
}

const coreFiles = CORE.flatMap(listTypeScript);

describe("architecture", () => {
  it("finds the core's files", () => {
    expect(coreFiles.length).toBeGreaterThan(20);
  });

  it.each(coreFiles)("%s imports no Discord, logging or Node modules", (file) => {
    const forbidden = importsOf(file).filter(
      (source) =>
        /^(discord\.js|discord-api-types|pino|dotenv|node:|fs$|path$)/.test(source) ||
        source.includes("/render/") ||
        source.includes("/transports/") ||
        source.includes("/app/"),
    );
    expect(forbidden).toEqual([]);
  });

  it.each(coreFiles)("%s reads no environment and no clock", (file) => {
    const text = readFileSync(join(ROOT, file), "utf8");
    expect(text).not.toMatch(
      /process\.env|Date\.now\(|new Date\(\)|performance\.now\(|Math\.random\(/,
    );
  });

  it("keeps discord.js out of everything but the adapters and entry points", () => {
    const files = ["src", "commands"].flatMap(listTypeScript);
    const users = files.filter((file) => importsOf(file).includes("discord.js"));
    expect(users.filter((file) => !ADAPTER_ONLY.some((dir) => file.startsWith(dir)))).toEqual([]);
  });

  it("keeps files small: none over 300 lines", () => {
    const files = ["src", "commands"].flatMap(listTypeScript);
    const long = files
      .filter((file) => readFileSync(join(ROOT, file), "utf8").split("\n").length > 300)
      .map((f) => relative(ROOT, join(ROOT, f)));
    expect(long).toEqual([]);
  });
});
