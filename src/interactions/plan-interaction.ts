/** APIInteraction → InteractionPlan: one async function that the gateway and HTTP transports share. */
import {
  ComponentType,
  InteractionResponseType,
  InteractionType,
  type APIInteraction,
  type APIMessageComponentInteraction,
  type APIInteractionResponseCallbackData,
} from "discord-api-types/v10";
import { renderChoices } from "../render/discord-choices.ts";
import { renderErrorMessage } from "../render/discord-error.ts";
import { renderDiscordMessage } from "../render/discord-message.ts";
import { parseCustomId } from "../render/custom-id.ts";
import type { CommandRequest, Dispatch } from "./dispatch.ts";
import type { InteractionPlan } from "./interaction-plan.ts";
import { toCommandRequest } from "./interaction-request.ts";
import { decodePageKey, encodePageKey } from "./page-key.ts";
import {
  ADD_TO_LIBRARY_MENU,
  LIBRARY_COMMAND,
  planLibraryCommand,
  planLibraryPaste,
} from "./library/library-flow.ts";
import { planLibraryButton } from "./library/library-buttons.ts";
import type { LibraryPort } from "./library/library-port.ts";
import { planEditModal, planEditedPin, planPin } from "./pin-flow.ts";

const GENERIC_FAILURE =
  "Something went wrong on our side. Moderators can find the details in the log by this id.";

export interface PlanDependencies {
  readonly dispatch: Dispatch;
  /** Each server's own articles: /library and "Add to library". Absent: those say so. */
  readonly library?: LibraryPort;
}

const NO_LIBRARY = "Adding articles is not set up on this bot.";

function reply(data: APIInteractionResponseCallbackData, isUpdate = false) {
  const type = isUpdate
    ? InteractionResponseType.UpdateMessage
    : InteractionResponseType.ChannelMessageWithSource;
  return { type, data } as const;
}

export function privateError(command: string, message: string): InteractionPlan {
  return { response: reply(renderErrorMessage(message)), log: { command, outcome: "user-error" } };
}

/** Runs a request and renders its page; `isUpdate` replaces the message a button was on. */
async function planAnswer(
  request: CommandRequest,
  deps: PlanDependencies,
  page: number,
  isUpdate: boolean,
): Promise<InteractionPlan> {
  const outcome = await deps.dispatch(request);
  const command = request.name;
  switch (outcome.kind) {
    case "answer": {
      const data = renderDiscordMessage(outcome.answer, {
        page,
        pageKey: encodePageKey(request),
        isPrivate: outcome.isPrivate,
      });
      return { response: reply(data, isUpdate), log: { command, outcome: "answer" } };
    }
    case "choices":
      return {
        response: {
          type: InteractionResponseType.ApplicationCommandAutocompleteResult,
          data: renderChoices(outcome.choices),
        },
        log: { command, outcome: "choices" },
      };
    case "user-error":
      return privateError(command, outcome.message);
    case "failure":
      return {
        response: reply(renderErrorMessage(GENERIC_FAILURE, outcome.errorId)),
        log: { command, outcome: "failure", errorId: outcome.errorId, error: outcome.error },
      };
  }
}

async function planComponent(
  interaction: APIMessageComponentInteraction,
  deps: PlanDependencies,
): Promise<InteractionPlan> {
  if (interaction.data.component_type !== ComponentType.Button)
    return privateError("component", "Roundtable has no menus to choose from.");
  const action = parseCustomId(interaction.data.custom_id);
  if (!action.ok) return privateError("button", action.error.message);
  switch (action.value.kind) {
    case "page": {
      const request = decodePageKey(action.value.pageKey);
      if (!request.ok)
        return privateError("page", "This page button is damaged. Run the command again.");
      // The server is the one the button was pressed in, never anything the key could name.
      const guildId = interaction.guild_id ?? null;
      return planAnswer({ ...request.value, guildId }, deps, action.value.page, true);
    }
    case "pin":
      return planPin(interaction);
    case "edit":
      return planEditModal(interaction, action.value.articleId);
    case "open": {
      const request = decodePageKey(action.value.pageKey);
      if (!request.ok)
        return privateError("open", "This button is damaged. Run the command again.");
      return planAnswer(
        { ...request.value, guildId: interaction.guild_id ?? null },
        deps,
        1,
        false,
      );
    }
    default:
      return deps.library === undefined
        ? privateError("library", NO_LIBRARY)
        : planLibraryButton(interaction, action.value, deps.library);
  }
}

/** Never rejects for any payload: unknown types get a private explanation. */
export async function planInteraction(
  interaction: APIInteraction,
  deps: PlanDependencies,
): Promise<InteractionPlan> {
  switch (interaction.type) {
    case InteractionType.Ping:
      return {
        response: { type: InteractionResponseType.Pong },
        log: { command: "ping", outcome: "pong" },
      };
    case InteractionType.ApplicationCommand:
    case InteractionType.ApplicationCommandAutocomplete: {
      const { name } = interaction.data;
      if (name !== LIBRARY_COMMAND && name !== ADD_TO_LIBRARY_MENU)
        return planAnswer(toCommandRequest(interaction), deps, 1, false);
      if (deps.library !== undefined) return planLibraryCommand(interaction, deps.library);
      // Autocomplete must answer with choices, even none; a message would be refused.
      return interaction.type === InteractionType.ApplicationCommandAutocomplete
        ? {
            response: {
              type: InteractionResponseType.ApplicationCommandAutocompleteResult,
              data: renderChoices([]),
            },
            log: { command: name, outcome: "choices" },
          }
        : privateError(name, NO_LIBRARY);
    }
    case InteractionType.MessageComponent:
      return planComponent(interaction, deps);
    case InteractionType.ModalSubmit: {
      const action = parseCustomId(interaction.data.custom_id);
      if (!action.ok || action.value.kind !== "library-paste") return planEditedPin(interaction);
      return deps.library === undefined
        ? privateError("library", NO_LIBRARY)
        : planLibraryPaste(interaction, deps.library);
    }
    default:
      return privateError("unknown", "Roundtable does not handle this kind of interaction.");
  }
}
