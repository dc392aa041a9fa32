/** Moderators pin a summary, optionally after editing it in a modal; every refusal says why. */
import {
  InteractionResponseType,
  MessageFlags,
  type APIMessageComponentInteraction,
  type APIModalSubmitInteraction,
} from "discord-api-types/v10";
import { parseCustomId } from "../render/custom-id.ts";
import { renderErrorMessage } from "../render/discord-error.ts";
import { renderEditModal } from "../render/discord-modal.ts";
import { describeEmbedsAsText, renderEditedSummary } from "../render/edited-summary.ts";
import type { InteractionPlan, InteractionPort } from "./interaction-plan.ts";
import { hasPermission, MAX_PINS, PIN_PERMISSION } from "./permissions.ts";
import { readEditedSummary } from "./summary-edit.ts";

const NO_MENTIONS = { parse: [] };
const MEMBER_LACKS =
  "Only members with the Pin Messages permission can pin or edit summaries. Ask a moderator.";
const BOT_LACKS =
  "I can't pin here: Roundtable lacks the Pin Messages permission in this channel. Ask an admin to grant it.";
const PINS_FULL = `This channel already has ${MAX_PINS} pinned messages, Discord's limit. Unpin one and try again.`;
/** Discord error codes: maximum pins reached, missing permissions. */
const DISCORD_MAX_PINS = 30003;
const DISCORD_MISSING_PERMISSIONS = 50013;

type PinnableInteraction = APIMessageComponentInteraction | APIModalSubmitInteraction;

function refuse(command: string, message: string): InteractionPlan {
  return {
    response: {
      type: InteractionResponseType.ChannelMessageWithSource,
      data: renderErrorMessage(message),
    },
    log: { command, outcome: "user-error" },
  };
}

/** Why this interaction may not pin, or null when it may. */
function checkPermissions(interaction: PinnableInteraction): string | null {
  if (interaction.guild_id === undefined || interaction.member === undefined)
    return "Pinning works in server channels only.";
  if (!hasPermission(interaction.member.permissions, PIN_PERMISSION)) return MEMBER_LACKS;
  if (!hasPermission(interaction.app_permissions, PIN_PERMISSION)) return BOT_LACKS;
  return null;
}

function describeDiscordRefusal(error: unknown): string | null {
  const code =
    typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  if (code === DISCORD_MAX_PINS) return PINS_FULL;
  if (code === DISCORD_MISSING_PERMISSIONS) return BOT_LACKS;
  return null;
}

/** Checks the pin count, pins, and reports back through `say`; unknown failures are rethrown. */
async function pinWithChecks(
  port: InteractionPort,
  channelId: string,
  messageId: string,
  reason: string,
  say: (text: string) => Promise<void>,
): Promise<void> {
  try {
    if ((await port.countPins(channelId)) >= MAX_PINS) return await say(PINS_FULL);
    await port.pinMessage(channelId, messageId, reason);
  } catch (error) {
    const refusal = describeDiscordRefusal(error);
    if (refusal === null) {
      await say("Pinning failed on Discord's side. Try again in a moment.");
      throw error;
    }
    return await say(refusal);
  }
  await say("📌 Pinned the summary.");
}

function userName(interaction: PinnableInteraction): string {
  const user = interaction.member?.user ?? interaction.user;
  return user?.global_name ?? user?.username ?? "a moderator";
}

export function planPin(interaction: APIMessageComponentInteraction): InteractionPlan {
  const refusal = checkPermissions(interaction);
  if (refusal !== null) return refuse("pin", refusal);
  const channelId = interaction.channel?.id ?? interaction.message.channel_id;
  const messageId = interaction.message.id;
  return {
    response: {
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral },
    },
    log: { command: "pin", outcome: "deferred" },
    followUp: (port) =>
      pinWithChecks(port, channelId, messageId, `Pinned by ${userName(interaction)}`, (content) =>
        port.editOriginal({ content, allowed_mentions: NO_MENTIONS }),
      ),
  };
}

export function planEditModal(
  interaction: APIMessageComponentInteraction,
  articleId: string,
): InteractionPlan {
  const refusal = checkPermissions(interaction);
  if (refusal !== null) return refuse("edit", refusal);
  const text = describeEmbedsAsText(interaction.message);
  const modal = renderEditModal(articleId, text, "Edit the summary before pinning");
  if (text === "" || !modal.ok) {
    return refuse("edit", "This message has no summary to edit. Run /summary again.");
  }
  return {
    response: { type: InteractionResponseType.Modal, data: modal.value },
    log: { command: "edit", outcome: "modal" },
  };
}

/** The modal came back: put the edited text on the message, mark who edited it, then pin it. */
export function planEditedPin(interaction: APIModalSubmitInteraction): InteractionPlan {
  const action = parseCustomId(interaction.data.custom_id);
  if (!action.ok || action.value.kind !== "edit")
    return refuse("modal", "This form is not one Roundtable understands. Run /summary again.");
  const refusal = checkPermissions(interaction);
  if (refusal !== null) return refuse("modal", refusal);
  const text = readEditedSummary(interaction);
  const message = interaction.message;
  if (text === null || message === undefined)
    return refuse("modal", "The edit form came back without the summary text. Try again.");
  const editor = userName(interaction);
  const channelId = interaction.channel?.id ?? message.channel_id;
  return {
    response: { type: InteractionResponseType.DeferredMessageUpdate },
    log: { command: "edit", outcome: "deferred" },
    followUp: async (port) => {
      await port.editOriginal(renderEditedSummary(message, text, editor));
      const say = (content: string) =>
        port.followUp({ content, flags: MessageFlags.Ephemeral, allowed_mentions: NO_MENTIONS });
      await pinWithChecks(port, channelId, message.id, `Edited and pinned by ${editor}`, say);
    },
  };
}
