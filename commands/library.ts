/**
 * /library add | list | remove: a server's own articles. Registered for servers only, for members
 * with Manage Server by default; admins change who may use it in Server Settings → Integrations,
 * and Discord enforces that before the interaction arrives, so nothing here checks it again.
 * Discord interactions are planned by `src/interactions/library/`; the console has its own.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
} from "discord-api-types/v10";
import { UserFacingError } from "../src/model/result.ts";
import type { CommandModule } from "./define-command.ts";

/** Manage Server (1 << 5), as Discord wants it: a decimal string. */
export const MANAGE_SERVER = "32";
/** Guild-only: `contexts` (which replaces the deprecated `dm_permission`) names servers alone. */
export function serverOnly() {
  return {
    default_member_permissions: MANAGE_SERVER,
    contexts: [InteractionContextType.Guild],
    integration_types: [ApplicationIntegrationType.GuildInstall],
  };
}

const NOT_HERE = new UserFacingError(
  "discord-only",
  "/library is answered in a Discord server (and by the console's own /library).",
);

export const library: CommandModule = {
  definition: {
    type: ApplicationCommandType.ChatInput,
    name: "library",
    description: "This server's own articles: add one, list them, remove one",
    ...serverOnly(),
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: "add",
        description: "Add an article: a web address, a file, or (with neither) pasted text",
        options: [
          {
            type: ApplicationCommandOptionType.String,
            name: "url",
            description: "The article's web address (http or https)",
            max_length: 2000,
          },
          {
            type: ApplicationCommandOptionType.Attachment,
            name: "file",
            description: "A .txt, .md or .html file, 2 MB at most",
          },
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: "list",
        description: "The articles this server added, newest first, with who added each",
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: "remove",
        description: "Remove an article this server added (asks to confirm)",
        options: [
          {
            type: ApplicationCommandOptionType.String,
            name: "article",
            description: "Which article",
            required: true,
            autocomplete: true,
          },
        ],
      },
    ],
  },
  example: "/library add url:https://example.com/news/story",
  handle: () => {
    throw NOT_HERE;
  },
};
