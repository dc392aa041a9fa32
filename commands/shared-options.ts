/** Options that several commands share, written once. */
import { ApplicationCommandOptionType } from "discord-api-types/v10";

/** Names and titles are short; the limit keeps autocomplete and custom ids within Discord's. */
export const NAME_MAX_LENGTH = 100;
export const QUERY_MAX_LENGTH = 200;

export const ARTICLE_OPTION = {
  type: ApplicationCommandOptionType.String,
  name: "article",
  description: "Which article (may be left out when the library has one)",
  autocomplete: true,
  max_length: NAME_MAX_LENGTH,
} as const;

export const PUBLIC_OPTION = {
  type: ApplicationCommandOptionType.Boolean,
  name: "public",
  description: "Show the answer to the whole channel (default: yes)",
} as const;

export function actorOption<const N extends string>(name: N, description: string) {
  return {
    type: ApplicationCommandOptionType.String,
    name,
    description,
    autocomplete: true,
    max_length: NAME_MAX_LENGTH,
  } as const;
}
