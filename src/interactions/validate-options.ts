/** Checks a request's options against the command's definition before the command sees them. */
import { ApplicationCommandOptionType, ApplicationCommandType } from "discord-api-types/v10";
import type { APIApplicationCommandOption } from "discord-api-types/v10";
import { isChatInputDefinition } from "../../commands/define-command.ts";
import type { CommandModule, OptionValue } from "../../commands/define-command.ts";
import { fail, ok, type Result } from "../model/result.ts";

type Options = Readonly<Record<string, OptionValue>>;

function expectedType(option: APIApplicationCommandOption): "string" | "number" | "boolean" {
  switch (option.type) {
    case ApplicationCommandOptionType.Boolean:
      return "boolean";
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number:
      return "number";
    default:
      return "string";
  }
}

/** Console input arrives as text: "true"/"false" and numbers are converted where the type says. */
function coerce(
  value: OptionValue,
  type: "string" | "number" | "boolean",
): OptionValue | undefined {
  if (typeof value === type) return value;
  if (type === "boolean" && typeof value === "string") {
    const lowered = value.toLowerCase();
    if (["true", "yes", "1"].includes(lowered)) return true;
    if (["false", "no", "0"].includes(lowered)) return false;
  }
  if (type === "number" && typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value))
    return Number(value);
  if (type === "string") return String(value);
  return undefined;
}

function maxLength(option: APIApplicationCommandOption): number | undefined {
  return "max_length" in option ? option.max_length : undefined;
}

/** Discord gives a message command the message; transports pass its text as `text`. */
const MESSAGE_TEXT_OPTION: APIApplicationCommandOption = {
  type: ApplicationCommandOptionType.String,
  name: "text",
  description: "The message's text",
  required: true,
  max_length: 4000,
};

function listOptions(command: CommandModule): readonly APIApplicationCommandOption[] {
  const { definition } = command;
  if (definition.type === ApplicationCommandType.Message) return [MESSAGE_TEXT_OPTION];
  return isChatInputDefinition(definition) ? (definition.options ?? []) : [];
}

/** Every problem in one message, written for the user. */
export function validateOptions(command: CommandModule, options: Options): Result<Options> {
  const definitions = listOptions(command);
  const name = command.definition.name;
  const known = definitions.map((option) => option.name);
  const problems: string[] = [];
  const values: Record<string, OptionValue> = {};
  for (const [key, raw] of Object.entries(options)) {
    const definition = definitions.find((option) => option.name === key);
    if (!definition) {
      problems.push(
        `/${name} has no option “${key.slice(0, 40)}”${known.length > 0 ? ` (options: ${known.join(", ")})` : ""}.`,
      );
      continue;
    }
    const value = coerce(raw, expectedType(definition));
    if (value === undefined) {
      problems.push(
        `Option “${key}” of /${name} must be ${expectedType(definition) === "boolean" ? "true or false" : "a number"}.`,
      );
      continue;
    }
    const limit = maxLength(definition);
    if (typeof value === "string" && limit !== undefined && value.length > limit) {
      problems.push(`Option “${key}” is too long (at most ${limit} characters).`);
      continue;
    }
    values[key] = value;
  }
  for (const definition of definitions) {
    if ("required" in definition && definition.required && !(definition.name in values)) {
      problems.push(`/${name} needs the option “${definition.name}”.`);
    }
  }
  return problems.length > 0 ? fail(problems.join(" ")) : ok(values);
}
