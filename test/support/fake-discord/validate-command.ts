/**
 * Command registration rules from discord/discord-api-docs
 * developers/interactions/application-commands.mdx: "Application Command Naming" (the regex, and
 * lowercase for CHAT_INPUT), "Application Command Structure" (description 1-100 for CHAT_INPUT,
 * empty for USER and MESSAGE; at most 25 options), "Application Command Option Structure" (name
 * and description rules, required options before optional ones, at most 25 choices, no
 * autocomplete with choices, min_length 0-6,000 and max_length 1-6,000), "Option Choice Structure"
 * (name 1-100, string value up to 100) and "Slash Commands" (8,000 characters per command,
 * counting the longest localization of each field).
 */
import { ApplicationCommandOptionType, ApplicationCommandType } from "discord-api-types/v10";
import { isRecord } from "./entities.ts";
import { FormErrors, checkArray, checkString, countCharacters } from "./discord-error.ts";
import type { FieldPath } from "./discord-error.ts";

const CHAT_INPUT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const MAX_OPTIONS = 25;
const MAX_CHOICES = 25;
export const MAX_COMMAND_SIZE = 8_000;
const MAX_OPTION_LENGTH = 6_000;
const NESTING_TYPES: ReadonlySet<unknown> = new Set([
  ApplicationCommandOptionType.Subcommand,
  ApplicationCommandOptionType.SubcommandGroup,
]);

type Fields = Record<string, unknown>;

/** A name, with its localizations: the regex and lowercase rule apply to chat input names. */
function checkName(errors: FormErrors, path: FieldPath, owner: Fields, isChatInput: boolean): void {
  const names = [["name", owner["name"]] as const, ...localizations(owner, "name_localizations")];
  for (const [key, name] of names) {
    const at = key === "name" ? [...path, "name"] : [...path, "name_localizations", key];
    const length = checkString(errors, at, name, { min: 1, max: 32, isRequired: key === "name" });
    // A name of the wrong length is already refused; the regex would only repeat it.
    if (length < 1 || length > 32) continue;
    if (!isChatInput || typeof name !== "string") continue;
    if (!CHAT_INPUT_NAME.test(name) || name.toLowerCase() !== name) {
      errors.add(at, "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
    }
  }
}

function checkDescription(errors: FormErrors, path: FieldPath, owner: Fields): void {
  checkString(errors, [...path, "description"], owner["description"], {
    min: 1,
    max: 100,
    isRequired: true,
  });
  for (const [locale, text] of localizations(owner, "description_localizations")) {
    checkString(errors, [...path, "description_localizations", locale], text, { min: 1, max: 100 });
  }
}

function localizations(owner: Fields, key: string): [string, unknown][] {
  const table = owner[key];
  return isRecord(table) ? Object.entries(table) : [];
}

/** The longest of a field and its localizations, as the 8,000 limit counts it. */
function longest(owner: Fields, key: string): number {
  const texts = [
    owner[key],
    ...localizations(owner, `${key}_localizations`).map(([, text]) => text),
  ];
  return Math.max(
    0,
    ...texts.map((text) => (typeof text === "string" ? countCharacters(text) : 0)),
  );
}

function checkChoices(errors: FormErrors, path: FieldPath, option: Fields): number {
  const choices = checkArray(errors, [...path, "choices"], option["choices"], { max: MAX_CHOICES });
  if (choices.length > 0 && option["autocomplete"] === true) {
    errors.add(
      [...path, "autocomplete"],
      "APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_WITH_CHOICES",
      "Autocomplete cannot be set with choices",
    );
  }
  let size = 0;
  choices.forEach((choice, index) => {
    const record = isRecord(choice) ? choice : {};
    const at = [...path, "choices", index];
    checkString(errors, [...at, "name"], record["name"], { min: 1, max: 100, isRequired: true });
    for (const [locale, name] of localizations(record, "name_localizations")) {
      checkString(errors, [...at, "name_localizations", locale], name, { min: 1, max: 100 });
    }
    const value = record["value"];
    if (typeof value === "string") checkString(errors, [...at, "value"], value, { max: 100 });
    size += longest(record, "name") + (value === undefined ? 0 : countCharacters(String(value)));
  });
  return size;
}

/** Checks a list of options (of a command, subcommand or group); returns their size. */
function checkOptions(errors: FormErrors, path: FieldPath, value: unknown): number {
  const options = checkArray(errors, path, value, { max: MAX_OPTIONS });
  const names = new Set<string>();
  let hasOptional = false;
  let size = 0;
  options.forEach((option, index) => {
    const at = [...path, index];
    const record = isRecord(option) ? option : {};
    checkName(errors, at, record, true);
    checkDescription(errors, at, record);
    if (typeof record["name"] === "string") {
      if (names.has(record["name"]))
        errors.add(
          [...at, "name"],
          "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS",
          "Option names must be unique",
        );
      names.add(record["name"]);
    }
    if (NESTING_TYPES.has(record["type"])) {
      size += checkOptions(errors, [...at, "options"], record["options"]);
    } else {
      if (record["required"] === true && hasOptional) {
        errors.add(
          [...at, "required"],
          "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
          "Required options must be placed before non-required options",
        );
      }
      hasOptional ||= record["required"] !== true;
      size += checkChoices(errors, at, record);
      checkLengthBound(errors, [...at, "min_length"], record["min_length"], 0);
      checkLengthBound(errors, [...at, "max_length"], record["max_length"], 1);
    }
    size += longest(record, "name") + longest(record, "description");
  });
  return size;
}

function checkLengthBound(errors: FormErrors, path: FieldPath, value: unknown, min: number): void {
  if (value === undefined) return;
  if (
    typeof value !== "number" ||
    !Number.isInteger(value) ||
    value < min ||
    value > MAX_OPTION_LENGTH
  ) {
    errors.add(
      path,
      "NUMBER_TYPE_MAX",
      `Must be an integer between ${min} and ${MAX_OPTION_LENGTH}.`,
    );
  }
}

function checkCommand(errors: FormErrors, path: FieldPath, command: unknown): void {
  if (!isRecord(command)) {
    errors.add(path, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
    return;
  }
  const type = command["type"] ?? ApplicationCommandType.ChatInput;
  const isChatInput = type === ApplicationCommandType.ChatInput;
  checkName(errors, path, command, isChatInput);
  if (isChatInput) {
    checkDescription(errors, path, command);
    const size =
      checkOptions(errors, [...path, "options"], command["options"]) +
      longest(command, "name") +
      longest(command, "description");
    if (size > MAX_COMMAND_SIZE) {
      errors.add(
        path,
        "APPLICATION_COMMAND_TOO_LARGE",
        `Command exceeds maximum size (${MAX_COMMAND_SIZE})`,
      );
    }
  } else {
    const description = command["description"];
    if (description !== undefined && description !== "") {
      errors.add(
        [...path, "description"],
        "APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION",
        "Context menu commands have an empty description",
      );
    }
    if (command["options"] !== undefined) {
      errors.add(
        [...path, "options"],
        "APPLICATION_COMMAND_OPTIONS_NOT_ALLOWED",
        "Only chat input commands have options",
      );
    }
  }
}

/** Checks a bulk overwrite body (`PUT .../commands`); empty errors mean Discord accepts it. */
export function validateCommandList(body: unknown): FormErrors {
  const errors = new FormErrors();
  if (!Array.isArray(body)) {
    errors.add([], "LIST_TYPE_CONVERT", "Must be an array.");
    return errors;
  }
  const seen = new Set<string>();
  body.forEach((command: unknown, index) => {
    checkCommand(errors, [index], command);
    const key = isRecord(command)
      ? `${String(command["type"] ?? 1)}:${String(command["name"])}`
      : "";
    if (seen.has(key))
      errors.add(
        [index, "name"],
        "APPLICATION_COMMANDS_DUPLICATE_NAME",
        "Application command names must be unique",
      );
    seen.add(key);
  });
  return errors;
}
