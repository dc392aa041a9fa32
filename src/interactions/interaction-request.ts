/** Discord interaction payloads → the transport-free CommandRequest every command takes. */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteraction,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandInteractionDataOption,
} from "discord-api-types/v10";
import type { OptionValue } from "../../commands/define-command.ts";
import type { CommandRequest } from "./dispatch.ts";

function isBasicOption(
  option: APIApplicationCommandInteractionDataOption,
): option is APIApplicationCommandInteractionDataBasicOption {
  return (
    option.type !== ApplicationCommandOptionType.Subcommand &&
    option.type !== ApplicationCommandOptionType.SubcommandGroup
  );
}

function flattenOptions(
  options: readonly APIApplicationCommandInteractionDataOption[] | undefined,
) {
  const values: Record<string, OptionValue> = {};
  let focused: string | undefined;
  for (const option of options ?? []) {
    if (!isBasicOption(option) || !("value" in option)) continue;
    const { value } = option;
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
      values[option.name] = value;
    }
    if ("focused" in option && option.focused === true) focused = option.name;
  }
  return { values, focused };
}

/** A slash command, a menu command (its message's text becomes `text`), or an autocomplete. */
export function toCommandRequest(
  interaction: APIApplicationCommandInteraction | APIApplicationCommandAutocompleteInteraction,
): CommandRequest {
  const { data } = interaction;
  // From the interaction Discord signed, never from an option a member typed.
  const guildId = interaction.guild_id ?? null;
  if (data.type === ApplicationCommandType.Message) {
    const message = data.resolved.messages[data.target_id];
    return { name: data.name, options: { text: message?.content ?? "" }, guildId };
  }
  if (data.type !== ApplicationCommandType.ChatInput) {
    return { name: data.name, options: {}, guildId };
  }
  const { values, focused } = flattenOptions(data.options);
  return { name: data.name, options: values, focused, guildId };
}
