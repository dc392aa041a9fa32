/**
 * A plan: what to answer an interaction now, and the work to do once the answer is sent. The
 * port is what that work may ask of Discord; `discord-rest-port.ts` implements it over REST.
 */
import type {
  RESTPatchAPIWebhookWithTokenMessageJSONBody,
  RESTPatchAPIChannelMessageJSONBody,
  RESTPostAPIChannelMessageJSONBody,
  RESTPostAPIChannelMessagesThreadsJSONBody,
  RESTPostAPIWebhookWithTokenJSONBody,
} from "discord-api-types/v10";
import type { APIInteraction, APIInteractionResponse } from "discord-api-types/v10";

/** A file sent with a message, its `attachments` entry naming it by index. */
export interface UploadFile {
  readonly name: string;
  readonly data: Buffer;
  readonly contentType: string;
}

export interface InteractionPort {
  /** How many messages are pinned in the channel. */
  countPins(channelId: string): Promise<number>;
  pinMessage(channelId: string, messageId: string, reason: string): Promise<void>;
  /** Edits the interaction's original response (for a deferred update: the message clicked on). */
  editOriginal(
    body: RESTPatchAPIWebhookWithTokenMessageJSONBody,
    files?: readonly UploadFile[],
  ): Promise<void>;
  followUp(body: RESTPostAPIWebhookWithTokenJSONBody): Promise<void>;
  /** Starts a thread on a message; resolves to the thread's id (the message's, on Discord). */
  startThread(
    channelId: string,
    messageId: string,
    body: RESTPostAPIChannelMessagesThreadsJSONBody,
  ): Promise<string>;
  /** Posts a message in a channel or thread as the bot; resolves to the message's id. */
  createMessage(channelId: string, body: RESTPostAPIChannelMessageJSONBody): Promise<string>;
  /** Edits a message the bot sent in a channel (a public reply's buttons, after a poll). */
  editMessage(
    channelId: string,
    messageId: string,
    body: RESTPatchAPIChannelMessageJSONBody,
  ): Promise<void>;
}

/** Fields for the interaction's log line. */
export interface InteractionLog {
  readonly command: string;
  readonly outcome: "answer" | "choices" | "user-error" | "failure" | "modal" | "deferred" | "pong";
  readonly errorId?: string;
  readonly error?: unknown;
}

/** What to send back now, and any work to do once it is sent (pinning). */
export interface InteractionPlan {
  readonly response: APIInteractionResponse;
  readonly followUp?: (port: InteractionPort) => Promise<void>;
  readonly log: InteractionLog;
}

/** Async: an answer may wait for a store. */
export type PlanInteraction = (interaction: APIInteraction) => Promise<InteractionPlan>;

/** The few logger methods interaction handling and the transports use; a pino logger fits. */
export interface InteractionLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}
