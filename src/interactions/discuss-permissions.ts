/**
 * Who may press "Open a thread" and "Make a poll", checked on every press: the presser's
 * `member.permissions` and the bot's `app_permissions` in the channel (permissions.mdx).
 */
import {
  MessageFlags,
  PermissionFlagsBits,
  type APIMessageComponentInteraction,
} from "discord-api-types/v10";
import { hasPermission } from "./permissions.ts";

export type DiscussKind = "thread" | "poll";

/** What each button needs: of the presser, and of the bot in this channel. */
export const NEEDS = {
  thread: {
    member: [["Create Public Threads", PermissionFlagsBits.CreatePublicThreads]],
    bot: [
      ["Create Public Threads", PermissionFlagsBits.CreatePublicThreads],
      ["Send Messages in Threads", PermissionFlagsBits.SendMessagesInThreads],
    ],
    memberLacks:
      "Only members who may create public threads in this channel can open a discussion thread. Ask a moderator.",
  },
  poll: {
    member: [["Send Polls", PermissionFlagsBits.SendPolls]],
    bot: [
      ["Send Messages", PermissionFlagsBits.SendMessages],
      ["Send Polls", PermissionFlagsBits.SendPolls],
    ],
    memberLacks:
      "Only members who may send polls in this channel can start a poll. Ask a moderator.",
  },
} as const;

export function describeBotLacks(kind: DiscussKind, missing: readonly string[]): string {
  const what = kind === "thread" ? "open a thread" : "post a poll";
  const names = missing.join(" and ");
  return `I can't ${what} here: Roundtable lacks ${names} in this channel. Ask an admin to grant ${missing.length > 1 ? "them" : "it"}.`;
}

/** Why this press may not go on, or null when it may. */
export function checkDiscussPress(
  interaction: APIMessageComponentInteraction,
  kind: DiscussKind,
): string | null {
  if (interaction.guild_id === undefined || interaction.member === undefined)
    return "Threads and polls work in server channels only.";
  if (((interaction.message.flags ?? 0) & MessageFlags.Ephemeral) !== 0)
    return "This answer is private. Run /discuss public:true to discuss it with the channel.";
  const needs = NEEDS[kind];
  if (!needs.member.every(([, flag]) => hasPermission(interaction.member?.permissions, flag)))
    return needs.memberLacks;
  const missing = needs.bot.filter(([, flag]) => !hasPermission(interaction.app_permissions, flag));
  return missing.length === 0
    ? null
    : describeBotLacks(
        kind,
        missing.map(([name]) => name),
      );
}
