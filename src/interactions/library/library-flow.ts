/**
 * /library add | list | remove, the "Add to library" menu, the paste modal and the library
 * buttons. Discord checks the commands' default permission (Manage Server) before they arrive,
 * so they are not checked again here; buttons are not covered by it, so they are.
 */
import {
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteraction,
  type APIInteraction,
  type APIModalSubmitInteraction,
} from "discord-api-types/v10";
import { renderChoices } from "../../render/discord-choices.ts";
import { renderErrorMessage } from "../../render/discord-error.ts";
import {
  renderLibraryList,
  renderPasteModal,
  renderRemoveConfirm,
} from "../../render/library-messages.ts";
import type { InteractionPlan } from "../interaction-plan.ts";
import { planAdd, type Asker } from "./library-add.ts";
import {
  attachmentSource,
  readPastedText,
  readSubcommand,
  sourceFromMessage,
} from "./library-input.ts";
import type { LibraryPort, LibrarySource } from "./library-port.ts";

export const LIBRARY_COMMAND = "library";
export const ADD_TO_LIBRARY_MENU = "Add to library";
const LIST_PAGE_SIZE = 10;
/** Autocomplete and remove look through this many of the server's newest articles. */
const OWN_ARTICLES_SCAN = 500;

export function refuse(command: string, message: string): InteractionPlan {
  return {
    response: {
      type: InteractionResponseType.ChannelMessageWithSource,
      data: renderErrorMessage(message),
    },
    log: { command, outcome: "user-error" },
  };
}

export function askerOf(interaction: APIInteraction): Asker | null {
  const user = interaction.member?.user;
  if (interaction.guild_id === undefined || user === undefined) return null;
  return {
    guildId: interaction.guild_id,
    userId: user.id,
    name: user.global_name ?? user.username,
  };
}

export const SERVER_ONLY = "The library belongs to a server: use this in a server channel.";

async function findOwn(library: LibraryPort, guildId: string, query: string) {
  const page = await library.list(guildId, 0, OWN_ARTICLES_SCAN);
  const needle = query.trim().toLowerCase();
  return page.items.filter(
    (item) => item.articleId.includes(needle) || item.title.toLowerCase().includes(needle),
  );
}

export async function planList(
  guildId: string,
  page: number,
  library: LibraryPort,
  isUpdate: boolean,
) {
  const listing = await library.list(guildId, (page - 1) * LIST_PAGE_SIZE, LIST_PAGE_SIZE);
  const pageCount = Math.max(1, Math.ceil(listing.total / LIST_PAGE_SIZE));
  const data = renderLibraryList(
    listing.items,
    Math.min(page, pageCount),
    pageCount,
    listing.total,
  );
  const type = isUpdate
    ? InteractionResponseType.UpdateMessage
    : InteractionResponseType.ChannelMessageWithSource;
  return { response: { type, data }, log: { command: "library", outcome: "answer" } } as const;
}

export async function planLibraryCommand(
  interaction: APIApplicationCommandInteraction | APIApplicationCommandAutocompleteInteraction,
  library: LibraryPort,
): Promise<InteractionPlan> {
  const asker = askerOf(interaction);
  const { data } = interaction;
  if (data.type === ApplicationCommandType.Message) {
    if (asker === null) return refuse("add-to-library", SERVER_ONLY);
    const message = data.resolved.messages[data.target_id];
    const source = message === undefined ? null : sourceFromMessage(message);
    if (source === null)
      return refuse(
        "add-to-library",
        "That message has no link and no .txt, .md or .html attachment.",
      );
    return planAdd("add-to-library", asker, source, library);
  }
  if (data.type !== ApplicationCommandType.ChatInput || asker === null)
    return refuse("library", SERVER_ONLY);
  const sub = readSubcommand(data.options);
  if (interaction.type === InteractionType.ApplicationCommandAutocomplete) {
    const matches =
      sub?.focused === "article"
        ? await findOwn(library, asker.guildId, sub.values["article"] ?? "")
        : [];
    const choices = matches
      .slice(0, 25)
      .map((item) => ({ name: item.title, value: item.articleId }));
    return {
      response: {
        type: InteractionResponseType.ApplicationCommandAutocompleteResult,
        data: renderChoices(choices),
      },
      log: { command: "library", outcome: "choices" },
    };
  }
  switch (sub?.name) {
    case "add":
      return planAddCommand(interaction, asker, sub.values, library);
    case "list":
      return planList(asker.guildId, 1, library, false);
    case "remove": {
      const id = (sub.values["article"] ?? "").trim();
      const own = (await findOwn(library, asker.guildId, id)).find((item) => item.articleId === id);
      if (own === undefined)
        return refuse(
          "library",
          `This server added no article "${id.slice(0, 80)}" (bundled articles cannot be removed). See /library list.`,
        );
      return {
        response: {
          type: InteractionResponseType.ChannelMessageWithSource,
          data: renderRemoveConfirm(own.articleId, own.title, asker.userId),
        },
        log: { command: "library", outcome: "answer" },
      };
    }
    default:
      return refuse("library", "Use /library add, /library list or /library remove.");
  }
}

function planAddCommand(
  interaction: APIApplicationCommandInteraction,
  asker: Asker,
  values: Readonly<Record<string, string>>,
  library: LibraryPort,
): InteractionPlan {
  const url = values["url"]?.trim();
  const fileId = values["file"];
  if (url !== undefined && fileId !== undefined)
    return refuse("library", "Give a url: or a file:, not both.");
  let source: LibrarySource | null = null;
  if (url !== undefined) source = { kind: "url", url };
  else if (fileId !== undefined) {
    const resolved =
      interaction.data.type === ApplicationCommandType.ChatInput
        ? interaction.data.resolved
        : undefined;
    const attachment = resolved?.attachments?.[fileId];
    if (attachment === undefined)
      return refuse("library", "The attachment did not come through. Attach it again.");
    source = attachmentSource(attachment);
  }
  if (source !== null) return planAdd("library", asker, source, library);
  return {
    response: { type: InteractionResponseType.Modal, data: renderPasteModal() },
    log: { command: "library", outcome: "modal" },
  };
}

export function planLibraryPaste(
  interaction: APIModalSubmitInteraction,
  library: LibraryPort,
): InteractionPlan {
  const asker = askerOf(interaction);
  if (asker === null) return refuse("library", SERVER_ONLY);
  const text = readPastedText(interaction);
  if (text === "") return refuse("library", "Nothing was pasted, so nothing was added.");
  return planAdd("library", asker, { kind: "text", text }, library);
}
