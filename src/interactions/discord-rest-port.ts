/** The InteractionPort over Discord's REST API, for both the gateway bot and HTTP mode. */
import {
  Routes,
  type APIInteraction,
  type RESTGetAPIChannelMessagesPinsResult,
} from "discord-api-types/v10";
import type { InteractionPort } from "./interaction-plan.ts";

/** A file as @discordjs/rest sends it: one `files[n]` part of a multipart body. */
interface RestFile {
  name: string;
  data: Buffer;
  contentType?: string;
}

/** The slice of @discordjs/rest's REST client this port uses. */
export interface RestClient {
  get(route: `/${string}`, options?: { query?: URLSearchParams }): Promise<unknown>;
  put(route: `/${string}`, options?: { reason?: string }): Promise<unknown>;
  patch(
    route: `/${string}`,
    options: { body: unknown; auth?: boolean; files?: RestFile[] },
  ): Promise<unknown>;
  post(route: `/${string}`, options: { body: unknown; auth?: boolean }): Promise<unknown>;
}

function readId(result: unknown): string {
  const id = typeof result === "object" && result !== null && "id" in result ? result.id : null;
  if (typeof id !== "string") throw new Error("Discord answered without an id");
  return id;
}

/** Discord lists pins 50 at a time; five pages reach the 250 cap. */
const PINS_PAGE = 50;
const PINS_CAP = 250;

async function countPins(rest: RestClient, channelId: string): Promise<number> {
  let count = 0;
  let before: string | undefined;
  while (count < PINS_CAP) {
    const query = new URLSearchParams({
      limit: String(PINS_PAGE),
      ...(before === undefined ? {} : { before }),
    });
    const page = (await rest.get(Routes.channelMessagesPins(channelId), {
      query,
    })) as RESTGetAPIChannelMessagesPinsResult;
    count += page.items.length;
    const last = page.items.at(-1);
    if (!page.has_more || last === undefined) break;
    before = last.pinned_at;
  }
  return count;
}

/** Channel calls (pins, threads, messages) need the bot's own token; webhook calls do not. */
export class MissingBotTokenError extends Error {
  constructor() {
    super("this needs DISCORD_TOKEN (HTTP mode was started without one)");
    this.name = "MissingBotTokenError";
  }
}

/** Webhook calls authenticate with the interaction token, so they work without a bot token. */
export function createRestPort(
  rest: RestClient,
  interaction: APIInteraction,
  hasBotToken: boolean,
): InteractionPort {
  const requireToken = (): void => {
    if (!hasBotToken) throw new MissingBotTokenError();
  };
  return {
    countPins: async (channelId) => {
      requireToken();
      return countPins(rest, channelId);
    },
    pinMessage: async (channelId, messageId, reason) => {
      requireToken();
      await rest.put(Routes.channelMessagesPin(channelId, messageId), { reason });
    },
    editOriginal: async (body, files = []) => {
      await rest.patch(Routes.webhookMessage(interaction.application_id, interaction.token), {
        body,
        auth: false,
        ...(files.length === 0 ? {} : { files: files.map((file) => ({ ...file })) }),
      });
    },
    startThread: async (channelId, messageId, body) => {
      requireToken();
      return readId(await rest.post(Routes.threads(channelId, messageId), { body }));
    },
    createMessage: async (channelId, body) => {
      requireToken();
      return readId(await rest.post(Routes.channelMessages(channelId), { body }));
    },
    editMessage: async (channelId, messageId, body) => {
      requireToken();
      await rest.patch(Routes.channelMessage(channelId, messageId), { body });
    },
    followUp: async (body) => {
      await rest.post(Routes.webhook(interaction.application_id, interaction.token), {
        body,
        auth: false,
      });
    },
  };
}
