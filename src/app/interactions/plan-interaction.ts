/** APIInteraction → InteractionPlan: one function that the gateway and HTTP transports share. */
import {
  ComponentType,
  InteractionResponseType,
  InteractionType,
  type APIInteraction,
  type APIMessageComponentInteraction,
  type APIInteractionResponseCallbackData,
} from "discord-api-types/v10";
import {
  renderChoices,
  renderDiscordMessage,
  renderErrorMessage,
} from "../../render/discord-message.ts";
import { parseCustomId } from "../../render/custom-id.ts";
import type { CommandRequest } from "../command-request.ts";
import type { DispatchOutcome } from "../dispatch.ts";
import type { InteractionPlan } from "./interaction-port.ts";
import { toCommandRequest } from "./interaction-request.ts";
import { decodePageKey, encodePageKey } from "./page-key.ts";
import { planEditModal, planEditedPin, planPin } from "./pin-flow.ts";

const GENERIC_FAILURE =
  "Something went wrong on our side. Moderators can find the details in the log by this id.";

export interface PlanDependencies {
  readonly dispatch: (request: CommandRequest) => DispatchOutcome;
}

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
function planAnswer(
  request: CommandRequest,
  deps: PlanDependencies,
  page: number,
  isUpdate: boolean,
): InteractionPlan {
  const outcome = deps.dispatch(request);
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

function planComponent(
  interaction: APIMessageComponentInteraction,
  deps: PlanDependencies,
): InteractionPlan {
  if (interaction.data.component_type !== ComponentType.Button)
    return privateError("component", "Roundtable has no menus to choose from.");
  const action = parseCustomId(interaction.data.custom_id);
  if (!action.ok) return privateError("button", action.error.message);
  switch (action.value.kind) {
    case "page": {
      const request = decodePageKey(action.value.pageKey);
      if (!request.ok)
        return privateError("page", "This page button is damaged. Run the command again.");
      return planAnswer(request.value, deps, action.value.page, true);
    }
    case "pin":
      return planPin(interaction);
    case "edit":
      return planEditModal(interaction, action.value.articleId);
  }
}

/** Never throws for any payload: unknown types get a private explanation. */
export function planInteraction(
  interaction: APIInteraction,
  deps: PlanDependencies,
): InteractionPlan {
  switch (interaction.type) {
    case InteractionType.Ping:
      return {
        response: { type: InteractionResponseType.Pong },
        log: { command: "ping", outcome: "pong" },
      };
    case InteractionType.ApplicationCommand:
    case InteractionType.ApplicationCommandAutocomplete:
      return planAnswer(toCommandRequest(interaction), deps, 1, false);
    case InteractionType.MessageComponent:
      return planComponent(interaction, deps);
    case InteractionType.ModalSubmit:
      return planEditedPin(interaction);
    default:
      return privateError("unknown", "Roundtable does not handle this kind of interaction.");
  }
}
