/**
 * STYLE.md §1: the core is pure, and imports run one way, transports → interactions → commands →
 * answer → knowledge base → extract → ingest → model. These rules hold without anyone having to
 * remember them.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findLayerViolations, type SourceFile } from "./layer-rules.ts";

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
const layeredFiles: SourceFile[] = ["src", "commands"]
  .flatMap(listTypeScript)
  .map((path) => ({ path: path.split("\\").join("/"), imports: importsOf(path) }));

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

  it("imports run down the layers only, and nothing imports app/", () => {
    expect(layeredFiles.length).toBeGreaterThan(100);
    expect(findLayerViolations(layeredFiles)).toEqual([]);
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

describe("the layer checker", () => {
  const file = (path: string, ...imports: string[]): SourceFile => ({ path, imports });

  it("refuses an import that runs up the layers", () => {
    expect(
      findLayerViolations([
        file("src/transports/gateway.ts", "../app/startup/config.ts"),
        file("src/answer/who.ts", "../interactions/dispatch.ts"),
        file("src/model/answer.ts", "../extract/context.ts"),
        file("commands/who.ts", "../src/interactions/dispatch.ts"),
        file("src/interactions/dispatch.ts", "../transports/console.ts"),
      ]),
    ).toEqual([
      "src/transports/gateway.ts → ../app/startup/config.ts: nothing imports app/: it is wiring only",
      "src/answer/who.ts → ../interactions/dispatch.ts: answer imports interactions, which sits above it",
      "src/model/answer.ts → ../extract/context.ts: model imports extract, which sits above it",
      "commands/who.ts → ../src/interactions/dispatch.ts: commands imports interactions, which sits above it",
      "src/interactions/dispatch.ts → ../transports/console.ts: interactions imports transports, which sits above it",
    ]);
  });

  it("lets render serve interactions and transports only, and use only the model", () => {
    expect(
      findLayerViolations([
        file("src/interactions/plan.ts", "../render/discord-message.ts"),
        file("src/answer/who.ts", "../render/escape.ts"),
        file("src/render/discord-message.ts", "../answer/who.ts", "../model/answer.ts"),
      ]),
    ).toEqual([
      "src/answer/who.ts → ../render/escape.ts: answer may not use render",
      "src/render/discord-message.ts → ../answer/who.ts: render may only use the model",
    ]);
  });

  it("allows downward and same-layer imports, packages, and a new folder only once placed", () => {
    expect(
      findLayerViolations([
        file("src/app/entry/main.ts", "../../transports/gateway.ts", "../startup/config.ts"),
        file("src/transports/http.ts", "../interactions/run-plan.ts", "node:crypto"),
        file("src/extract/quotes/x.ts", "../../ingest/a.ts", "../shared/sentences.ts"),
      ]),
    ).toEqual([]);
    expect(findLayerViolations([file("src/queue/jobs.ts", "../model/article.ts")])).toEqual([
      "src/queue/jobs.ts → ../model/article.ts: src/queue has no place in LAYER_ORDER",
    ]);
  });
});
