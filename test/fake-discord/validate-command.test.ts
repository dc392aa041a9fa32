import { ApplicationCommandOptionType, ApplicationCommandType } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { validateCommandList } from "../support/fake-discord/validate-command.ts";

function refusedPaths(body: unknown): string[] {
  return validateCommandList(body).filed.map((error) => error.path.join("."));
}

const option = (fields: Record<string, unknown> = {}) => ({
  type: ApplicationCommandOptionType.String,
  name: "name",
  description: "Who to look up",
  ...fields,
});
const command = (fields: Record<string, unknown> = {}) => ({
  type: ApplicationCommandType.ChatInput,
  name: "who",
  description: "Who is in the article",
  options: [option({ required: true }), option({ name: "article", description: "Which article" })],
  ...fields,
});
const withOptions = (...options: unknown[]) => [command({ options })];

describe("a command registration the fake checks as Discord does", () => {
  it.each([
    ["a chat input command", [command()]],
    [
      "a message context menu with mixed case and spaces",
      [{ type: ApplicationCommandType.Message, name: "Check claims", description: "" }],
    ],
    [
      "a name with an apostrophe, a hyphen and non-Latin letters",
      [command({ name: "who's-ünïcode-नमस्ते" })],
    ],
    ["a name with no lowercase variant", [command({ name: "日本語" })]],
    [
      "subcommands with their own options",
      [
        command({
          options: [
            { type: 1, name: "add", description: "Add", options: [option({ required: true })] },
          ],
        }),
      ],
    ],
    [
      "25 choices",
      withOptions(
        option({
          choices: Array.from({ length: 25 }, (_, index) => ({
            name: `c${index}`,
            value: `v${index}`,
          })),
        }),
      ),
    ],
  ])("accepts %s", (_name, body) => {
    expect(refusedPaths(body)).toEqual([]);
  });

  it.each([
    ["a body that is no list", { name: "who" }, ""],
    ["an uppercase chat input name", [command({ name: "Who" })], "0.name"],
    ["a name with a space", [command({ name: "who is" })], "0.name"],
    ["a name over 32", [command({ name: "w".repeat(33) })], "0.name"],
    ["an empty chat input description", [command({ description: "" })], "0.description"],
    ["a description over 100", [command({ description: "d".repeat(101) })], "0.description"],
    [
      "a localized description over 100",
      [command({ description_localizations: { fr: "d".repeat(101) } })],
      "0.description_localizations.fr",
    ],
    [
      "an uppercase localized name",
      [command({ name_localizations: { de: "Wer" } })],
      "0.name_localizations.de",
    ],
    [
      "a context menu with a description",
      [{ type: ApplicationCommandType.Message, name: "Check", description: "Checks" }],
      "0.description",
    ],
    [
      "a context menu with options",
      [{ type: ApplicationCommandType.User, name: "Check", description: "", options: [] }],
      "0.options",
    ],
    [
      "26 options",
      withOptions(...Array.from({ length: 26 }, (_, index) => option({ name: `o${index}` }))),
      "0.options",
    ],
    ["an uppercase option name", withOptions(option({ name: "Name" })), "0.options.0.name"],
    [
      "an option description over 100",
      withOptions(option({ description: "d".repeat(101) })),
      "0.options.0.description",
    ],
    [
      "an option without a description",
      withOptions(option({ description: undefined })),
      "0.options.0.description",
    ],
    [
      "a required option after an optional one",
      withOptions(option({ name: "a" }), option({ name: "b", required: true })),
      "0.options.1.required",
    ],
    ["two options with one name", withOptions(option(), option()), "0.options.1.name"],
    [
      "26 choices",
      withOptions(
        option({
          choices: Array.from({ length: 26 }, (_, index) => ({ name: `c${index}`, value: "v" })),
        }),
      ),
      "0.options.0.choices",
    ],
    [
      "a choice name over 100",
      withOptions(option({ choices: [{ name: "n".repeat(101), value: "v" }] })),
      "0.options.0.choices.0.name",
    ],
    [
      "a choice value over 100",
      withOptions(option({ choices: [{ name: "n", value: "v".repeat(101) }] })),
      "0.options.0.choices.0.value",
    ],
    [
      "choices with autocomplete",
      withOptions(option({ autocomplete: true, choices: [{ name: "n", value: "v" }] })),
      "0.options.0.autocomplete",
    ],
    [
      "a max_length over 6,000",
      withOptions(option({ max_length: 6_001 })),
      "0.options.0.max_length",
    ],
    ["two commands with one name", [command(), command()], "1.name"],
    [
      "a subcommand option in uppercase",
      [
        command({
          options: [
            { type: 1, name: "add", description: "Add", options: [option({ name: "URL" })] },
          ],
        }),
      ],
      "0.options.0.options.0.name",
    ],
  ])("refuses %s at its path", (_name, body, path) => {
    expect(refusedPaths(body)).toEqual([path]);
  });

  it("refuses a command over 8,000 characters counting names, descriptions and choices", () => {
    // 25 options × (4 + 100) + 25 × 25 choices × (10 + 1) ≈ 9,475: each piece within its own limit.
    const options = Array.from({ length: 25 }, (_, index) =>
      option({
        name: `o${String(index).padStart(3, "0")}`,
        description: "d".repeat(100),
        choices: Array.from({ length: 25 }, (_, choice) => ({
          name: `c${String(choice).padStart(9, "0")}`,
          value: "v",
        })),
      }),
    );
    expect(refusedPaths([command({ options })])).toEqual(["0"]);
    expect(refusedPaths([command({ options: options.slice(0, 18) })])).toEqual([]);
  });

  it("counts the longest localization of a field towards the 8,000", () => {
    const long = { fr: "d".repeat(100), de: "d".repeat(100) };
    const options = Array.from({ length: 25 }, (_, index) =>
      option({
        name: `o${index}`,
        description: "d",
        description_localizations: long,
        choices: Array.from({ length: 25 }, (_, choice) => ({
          name: `c${choice}`,
          name_localizations: { fr: "n".repeat(100) },
          value: "v",
        })),
      }),
    );
    expect(refusedPaths([command({ options })])).toEqual(["0"]);
  });
});
