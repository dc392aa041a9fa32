/** The InteractionPort over Discord's REST API, for both the gateway bot and HTTP mode. */
import {
  Routes,
  type APIInteraction,
  type RESTGetAPIChannelMessagesPinsResult,
} from "discord-api-types/v10";
import type { InteractionPort } from "./interaction-plan.ts";

/** The slice of @discordjs/rest's REST client this port uses. */
export interface RestClient {
  get(route: `/${string}`, options?: { query?: URLSearchParams }): Promise<unknown>;
  put(route: `/${string}`, options?: { reason?: string }): Promise<unknown>;
  patch(route: `/${string}`, options: { body: unknown; auth?: boolean }): Promise<unknown>;
  post(route: `/${string}`, options: { body: unknown; auth?: boolean }): Promise<unknown>;
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

/** Webhook calls authenticate with the interaction token, so they work without a bot token. */
export function createRestPort(
  rest: RestClient,
  interaction: APIInteraction,
  hasBotToken: boolean,
): InteractionPort {
  const requireToken = (): void => {
    if (!hasBotToken)
      throw new Error("pinning needs DISCORD_TOKEN (HTTP mode was started without one)");
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
    editOriginal: async (body) => {
      await rest.patch(Routes.webhookMessage(interaction.application_id, interaction.token), {
        body,
        auth: false,
      });
    },
    followUp: async (body) => {
      await rest.post(Routes.webhook(interaction.application_id, interaction.token), {
        body,
        auth: false,
      });
    },
  };
}
