/** INTERACTION_CREATE payloads as Discord sends them, for the tests to dispatch. */
import {
  ApplicationCommandType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  Locale,
} from "discord-api-types/v10";
import type {
  APIApplicationCommandInteractionDataBasicOption,
  APIApplicationCommandAutocompleteInteraction,
  APIChatInputApplicationCommandInteraction,
  APIMessage,
  APIMessageApplicationCommandInteraction,
  APIMessageComponentButtonInteraction,
  APIModalSubmitInteraction,
  APIModalSubmissionComponent,
} from "discord-api-types/v10";
import {
  ALL_PERMISSIONS,
  DEFAULT_APPLICATION_ID,
  DEFAULT_CHANNEL_ID,
  DEFAULT_GUILD_ID,
  DEFAULT_MEMBER_ID,
  buildMember,
  buildMessage,
  buildTextChannel,
  buildUser,
} from "./entities.ts";

/** What varies between interactions; everything else gets a sensible guild default. */
export interface InteractionContext {
  readonly id: string;
  readonly token: string;
  readonly applicationId?: string;
  readonly guildId?: string;
  readonly channelId?: string;
  /** The invoking member's permissions, e.g. without PIN_MESSAGES. */
  readonly memberPermissions?: string;
  /** The bot's own permissions in the channel (`app_permissions`). */
  readonly appPermissions?: string;
}

function buildBase(context: InteractionContext) {
  const guildId = context.guildId ?? DEFAULT_GUILD_ID;
  const channelId = context.channelId ?? DEFAULT_CHANNEL_ID;
  return {
    id: context.id,
    token: context.token,
    application_id: context.applicationId ?? DEFAULT_APPLICATION_ID,
    version: 1 as const,
    guild_id: guildId,
    channel_id: channelId,
    channel: buildTextChannel(channelId, guildId),
    member: buildMember(buildUser(DEFAULT_MEMBER_ID, "reader"), context.memberPermissions),
    app_permissions: context.appPermissions ?? ALL_PERMISSIONS,
    locale: Locale.EnglishUS,
    guild_locale: Locale.EnglishUS,
    entitlements: [],
    authorizing_integration_owners: { 0: guildId },
    context: InteractionContextType.Guild,
    attachment_size_limit: 10_485_760,
  };
}

export function buildChatInputInteraction(
  context: InteractionContext,
  name: string,
  options: readonly APIApplicationCommandInteractionDataBasicOption[] = [],
): APIChatInputApplicationCommandInteraction {
  return {
    ...buildBase(context),
    type: InteractionType.ApplicationCommand,
    data: {
      id: `${context.id}0`,
      name,
      type: ApplicationCommandType.ChatInput,
      options: [...options],
    },
  };
}

/** `options` must contain exactly one option with `focused: true`. */
export function buildAutocompleteInteraction(
  context: InteractionContext,
  name: string,
  options: readonly APIApplicationCommandInteractionDataBasicOption[],
): APIApplicationCommandAutocompleteInteraction {
  return {
    ...buildBase(context),
    type: InteractionType.ApplicationCommandAutocomplete,
    data: {
      id: `${context.id}0`,
      name,
      type: ApplicationCommandType.ChatInput,
      options: [...options],
    },
  };
}

/** A click on a button of `message` (a message the bot sent earlier). */
export function buildButtonInteraction(
  context: InteractionContext,
  customId: string,
  message: APIMessage,
): APIMessageComponentButtonInteraction {
  return {
    ...buildBase(context),
    type: InteractionType.MessageComponent,
    message,
    data: { custom_id: customId, component_type: ComponentType.Button },
  };
}

export function buildModalSubmitInteraction(
  context: InteractionContext,
  customId: string,
  fields: Readonly<Record<string, string>>,
): APIModalSubmitInteraction {
  const components: APIModalSubmissionComponent[] = Object.entries(fields).map(
    ([fieldId, value]) => ({
      type: ComponentType.ActionRow,
      components: [{ type: ComponentType.TextInput, custom_id: fieldId, value }],
    }),
  );
  return {
    ...buildBase(context),
    type: InteractionType.ModalSubmit,
    data: { custom_id: customId, components },
  };
}

/** A message context-menu command on a message with `content` by another member. */
export function buildMessageCommandInteraction(
  context: InteractionContext,
  name: string,
  target: { readonly messageId: string; readonly content: string },
): APIMessageApplicationCommandInteraction {
  const message = buildMessage({
    id: target.messageId,
    channelId: context.channelId ?? DEFAULT_CHANNEL_ID,
    author: buildUser("1400000000000000002", "poster"),
    body: { content: target.content },
  });
  return {
    ...buildBase(context),
    type: InteractionType.ApplicationCommand,
    data: {
      id: `${context.id}0`,
      name,
      type: ApplicationCommandType.Message,
      target_id: target.messageId,
      resolved: { messages: { [target.messageId]: message } },
    },
  };
}
