import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ApplicationCommandType, InteractionContextType } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { COMMANDS, findCommand, slugifyCommandName } from "../../commands/index.ts";
import { isChatInputDefinition } from "../../commands/define-command.ts";

const COMMANDS_DIR = fileURLToPath(new URL("../../commands/", import.meta.url));
const NOT_COMMANDS = new Set(["index.ts", "define-command.ts", "shared-options.ts"]);
/** Discord's limits on command definitions. */
const NAME_PATTERN = /^[-_\p{Ll}\p{N}]{1,32}$/u;
const DESCRIPTION_MAX = 100;
const OPTIONS_MAX = 25;

const chatInput = COMMANDS.flatMap((c) =>
  isChatInputDefinition(c.definition)
    ? [[c.definition.name, c.definition, c.example] as const]
    : [],
);

describe("command registry", () => {
  it("lists every command file in commands/, each once, named after its file", () => {
    const files = readdirSync(COMMANDS_DIR).filter(
      (f) => f.endsWith(".ts") && !NOT_COMMANDS.has(f),
    );
    const names = COMMANDS.map((c) => slugifyCommandName(c.definition.name));
    expect([...names].sort()).toEqual(files.map((f) => f.replace(/\.ts$/, "")).sort());
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(chatInput)("/%s stays within Discord's limits", (_, definition, example) => {
    expect(definition.name).toMatch(NAME_PATTERN);
    expect(definition.description.length).toBeGreaterThan(0);
    expect(definition.description.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    const options = definition.options ?? [];
    expect(options.length).toBeLessThanOrEqual(OPTIONS_MAX);
    for (const option of options) {
      expect(option.name).toMatch(NAME_PATTERN);
      expect(option.description.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    }
    expect(new Set(options.map((o) => o.name)).size).toBe(options.length);
    // Discord requires required options to come first.
    const required = options.map((o) => "required" in o && o.required === true);
    expect(required).toEqual([...required].sort((a, b) => Number(b) - Number(a)));
    // Answers may be made private; /library's subcommands answer privately by design.
    if (definition.name !== "library") expect(options.some((o) => o.name === "public")).toBe(true);
    expect(example.startsWith(`/${definition.name}`)).toBe(true);
  });

  it("names menu commands within 32 characters and gives them a console spelling", () => {
    const menus = COMMANDS.filter((c) => c.definition.type === ApplicationCommandType.Message);
    expect(menus.map((c) => c.definition.name)).toEqual([
      "Check against articles",
      "Add to library",
    ]);
    for (const menu of menus) {
      expect(menu.definition.name.length).toBeLessThanOrEqual(32);
      expect(findCommand(slugifyCommandName(menu.definition.name))).toBe(menu);
    }
  });

  it("registers /library and Add to library for servers only, Manage Server by default", () => {
    for (const name of ["library", "Add to library"]) {
      const definition = findCommand(name)?.definition;
      expect(definition).toMatchObject({
        default_member_permissions: "32",
        contexts: [InteractionContextType.Guild],
      });
    }
    const library = findCommand("library")?.definition;
    const subcommands = library !== undefined && "options" in library ? library.options : [];
    expect(subcommands?.map((o) => o.name)).toEqual(["add", "list", "remove"]);
    for (const sub of subcommands ?? []) {
      expect(sub.description.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
      const nested = "options" in sub ? (sub.options ?? []) : [];
      for (const option of nested) {
        expect(option.name).toMatch(NAME_PATTERN);
        expect(option.description.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
      }
    }
  });
});
