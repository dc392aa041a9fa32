/** The users, guilds, channels and messages the fake Discord hands out. */
import { ChannelType, MessageType } from "discord-api-types/v10";
import type { APIGuildMember, APIMessage, APIUser, GuildMemberFlags } from "discord-api-types/v10";

export const DEFAULT_APPLICATION_ID = "1100000000000000001";
export const DEFAULT_GUILD_ID = "1200000000000000001";
export const DEFAULT_CHANNEL_ID = "1300000000000000001";
export const DEFAULT_MEMBER_ID = "1400000000000000001";
/** Every permission bit set, as a decimal string like Discord sends. */
export const ALL_PERMISSIONS = ((1n << 53n) - 1n).toString();
export const NO_PERMISSIONS = "0";
const FIXED_TIMESTAMP = "2026-01-01T00:00:00.000Z";

/** Snowflakes that only grow, so every fake object gets a unique, valid-looking id. */
export function createIdSequence(start = 1_500_000_000_000_000_000n): () => string {
  let next = start;
  return () => {
    next += 1n;
    return next.toString();
  };
}

export function buildUser(id: string, username: string, isBot = false): APIUser {
  return { id, username, discriminator: "0", global_name: username, avatar: null, bot: isBot };
}

export function buildMember(user: APIUser, permissions = ALL_PERMISSIONS) {
  return {
    user,
    roles: [],
    joined_at: FIXED_TIMESTAMP,
    deaf: false,
    mute: false,
    // No flag set; the enum has no member for zero.
    flags: 0 as GuildMemberFlags,
    permissions,
  } satisfies APIGuildMember & { permissions: string };
}

export function buildTextChannel(id: string, guildId: string) {
  return {
    id,
    type: ChannelType.GuildText,
    guild_id: guildId,
    name: "general",
    position: 0,
  } as const;
}

/** A GUILD_CREATE payload with one text channel and the bot as its only member. */
export function buildGuildCreate(guildId: string, botUser: APIUser, channelId: string) {
  return {
    id: guildId,
    name: `Study group ${guildId.slice(-3)}`,
    icon: null,
    owner_id: DEFAULT_MEMBER_ID,
    roles: [{ id: guildId, name: "@everyone", permissions: "0", position: 0, color: 0 }],
    channels: [buildTextChannel(channelId, guildId)],
    members: [buildMember(botUser)],
    emojis: [],
    stickers: [],
    features: [],
    threads: [],
    voice_states: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    member_count: 2,
    large: false,
    unavailable: false,
    joined_at: FIXED_TIMESTAMP,
    preferred_locale: "en-US",
  };
}

/** A message as Discord returns it after a reply, an edit or a follow-up. */
export function buildMessage(fields: {
  id: string;
  channelId: string;
  author: APIUser;
  body: unknown;
  isPinned?: boolean;
}): APIMessage {
  const body = isRecord(fields.body) ? fields.body : {};
  return {
    id: fields.id,
    channel_id: fields.channelId,
    author: fields.author,
    content: typeof body["content"] === "string" ? body["content"] : "",
    timestamp: FIXED_TIMESTAMP,
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: Array.isArray(body["embeds"]) ? (body["embeds"] as APIMessage["embeds"]) : [],
    components: Array.isArray(body["components"])
      ? (body["components"] as NonNullable<APIMessage["components"]>)
      : [],
    pinned: fields.isPinned ?? false,
    type: MessageType.Default,
    flags: typeof body["flags"] === "number" ? body["flags"] : 0,
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
