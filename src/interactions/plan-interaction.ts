/** APIInteraction → InteractionPlan: one async function that the gateway and HTTP transports share. */
import {
  ComponentType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  type APIInteraction,
  type APIMessageComponentInteraction,
  type APIInteractionResponseCallbackData,
} from "discord-api-types/v10";
import { renderChoices } from "../render/discord-choices.ts";
import { renderErrorMessage } from "../render/discord-error.ts";
import { renderDiscordMessage } from "../render/discord-message.ts";
import { parseCustomId } from "../render/custom-id.ts";
import type { Answer } from "../model/answer.ts";
import {
  renderPictureAttachment,
  type TimelinePicture,
} from "../render/timeline-picture/render-timeline-picture.ts";
import { planDiscussAction } from "./discuss-flow.ts";
import type { CommandRequest, Dispatch } from "./dispatch.ts";
import type { InteractionPlan, InteractionPort } from "./interaction-plan.ts";
import { toCommandRequest } from "./interaction-request.ts";
import { decodePageKey, encodePageKey } from "./page-key.ts";
import { planEditModal, planEditedPin, planPin } from "./pin-flow.ts";

const GENERIC_FAILURE =
  "Something went wrong on our side. Moderators can find the details in the log by this id.";

export interface PlanDependencies {
  readonly dispatch: Dispatch;
  /** Draws /timeline's picture (null: nothing to draw); without it /timeline answers in text. */
  readonly drawTimeline?: (answer: Answer) => Promise<TimelinePicture | null>;
  /** Hours a /discuss poll stays open; Discord's default, 24, when absent. */
  readonly pollDurationHours?: number;
}

const DEFAULT_POLL_HOURS = 24;

/**
 * The text answer goes out at once; the picture (half a second to a second of rendering) follows
 * as an edit of that reply. Deferring instead would hold the whole answer behind the picture, and
 * a failed picture would leave nothing; this way the text stands whatever happens to the PNG.
 */
function attachTimelinePicture(answer: Answer, deps: PlanDependencies) {
  const draw = deps.drawTimeline;
  if (answer.command !== "timeline" || draw === undefined) return undefined;
  return async (port: InteractionPort): Promise<void> => {
    const picture = await draw(answer);
    if (picture === null) return;
    const { body, file } = renderPictureAttachment(picture);
    await port.editOriginal(body, [file]);
  };
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
async function planAnswer(
  request: CommandRequest,
  deps: PlanDependencies,
  page: number,
  isUpdate: boolean,
  /** A page click on a private reply: the page key does not carry `public`, the message does. */
  isPrivateMessage = false,
): Promise<InteractionPlan> {
  const outcome = await deps.dispatch(request);
  const command = request.name;
  switch (outcome.kind) {
    case "answer": {
      const data = renderDiscordMessage(outcome.answer, {
        page,
        pageKey: encodePageKey(request),
        isPrivate: outcome.isPrivate || isPrivateMessage,
      });
      // A page click keeps the message's attachments (edits omitting `attachments` retain them),
      // so each page shows the one picture without drawing it again.
      const followUp = isUpdate ? undefined : attachTimelinePicture(outcome.answer, deps);
      return {
        response: reply(data, isUpdate),
        log: { command, outcome: "answer" },
        ...(followUp === undefined ? {} : { followUp }),
      };
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
      const isPrivate = ((interaction.message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
      return planAnswer(request.value, deps, action.value.page, true, isPrivate);
    }
    case "pin":
      return planPin(interaction);
    case "edit":
      return planEditModal(interaction, action.value.articleId);
    case "thread":
    case "poll":
      return planDiscussAction(interaction, action.value.kind, action.value.articleId, {
        dispatch: deps.dispatch,
        pollDurationHours: deps.pollDurationHours ?? DEFAULT_POLL_HOURS,
      });
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
