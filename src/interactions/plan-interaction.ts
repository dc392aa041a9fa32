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
import { keepPollLink } from "./poll-flow.ts";
import { createPollLedger, type PollLedger } from "./poll-ledger.ts";
import type { CommandRequest, Dispatch } from "./dispatch.ts";
import type { InteractionPlan, InteractionPort } from "./interaction-plan.ts";
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
  /** Draws /timeline's picture (null: nothing to draw); without it /timeline answers in text. */
  readonly drawTimeline?: (
    answer: Answer,
    guildId: string | null,
  ) => Promise<TimelinePicture | null>;
  /** Hours a /discuss poll stays open; Discord's default, 24, when absent. */
  readonly pollDurationHours?: number;
  /** Each server's own articles: /library and "Add to library". Absent: those say so. */
  readonly library?: LibraryPort;
  /** Which /discuss replies have their poll; one per set of dependencies when absent. */
  readonly polls?: PollLedger;
}

const ledgers = new WeakMap<PlanDependencies, PollLedger>();

function pollsOf(deps: PlanDependencies): PollLedger {
  if (deps.polls !== undefined) return deps.polls;
  let ledger = ledgers.get(deps);
  if (ledger === undefined) {
    ledger = createPollLedger();
    ledgers.set(deps, ledger);
  }
  return ledger;
}

const DEFAULT_POLL_HOURS = 24;

/**
 * The text answer goes out at once; the picture (half a second to a second of rendering) follows
 * as an edit of that reply. Deferring instead would hold the whole answer behind the picture, and
 * a failed picture would leave nothing; this way the text stands whatever happens to the PNG.
 */
function attachTimelinePicture(answer: Answer, deps: PlanDependencies, guildId: string | null) {
  const draw = deps.drawTimeline;
  if (answer.command !== "timeline" || draw === undefined) return undefined;
  return async (port: InteractionPort): Promise<void> => {
    const picture = await draw(answer, guildId);
    if (picture === null) return;
    const { body, file } = renderPictureAttachment(picture);
    await port.editOriginal(body, [file]);
  };
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
      const followUp = isUpdate
        ? undefined
        : attachTimelinePicture(outcome.answer, deps, request.guildId ?? null);
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
      // The server is the one the button was pressed in, never anything the key could name.
      const guildId = interaction.guild_id ?? null;
      const plan = await planAnswer(
        { ...request.value, guildId },
        deps,
        action.value.page,
        true,
        isPrivate,
      );
      return keepPollLink(plan, interaction.message.components ?? []);
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
        polls: pollsOf(deps),
      });
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
