/**
 * "Make a poll": one poll per /discuss reply. The press claims the reply, the poll is posted, and
 * the reply's button becomes a link to it; see poll-ledger.ts for presses that come meanwhile.
 */
import {
  InteractionResponseType,
  type APIMessageComponentInteraction,
  type APIMessageTopLevelComponent,
  type RESTPostAPIChannelMessageJSONBody,
} from "discord-api-types/v10";
import { findPollLink, formatMessageLink, markPollPosted } from "../render/discord-buttons.ts";
import { renderExistingPoll } from "../render/discord-discussion.ts";
import type { InteractionPlan, InteractionPort } from "./interaction-plan.ts";
import { POSTING, type PollLedger } from "./poll-ledger.ts";

/**
 * Posts the poll once per reply: claimed before posting (a second press meanwhile is told so),
 * then the reply's "Make a poll" becomes a link to it. A failed post frees the claim.
 */
export async function postPoll(
  port: InteractionPort,
  target: {
    readonly interaction: APIMessageComponentInteraction;
    readonly channelId: string;
    readonly polls: PollLedger;
  },
  say: (text: string) => Promise<void>,
  render: () => RESTPostAPIChannelMessageJSONBody,
): Promise<void> {
  const { interaction, channelId, polls } = target;
  const replyId = interaction.message.id;
  if (!polls.claim(replyId)) {
    const link = polls.find(replyId);
    return say(renderExistingPoll(link === POSTING ? null : link).content ?? "");
  }
  let pollId: string;
  try {
    pollId = await port.createMessage(channelId, render());
  } catch (error) {
    polls.release(replyId);
    throw error;
  }
  const link = formatMessageLink(interaction.guild_id ?? null, channelId, pollId);
  polls.record(replyId, link);
  // Before the report, so a report that fails cannot leave the button as it was. The poll
  // stands whatever happens to this edit, and the ledger still answers later presses.
  const components = interaction.message.components;
  if (components !== undefined && components.length > 0) {
    await port
      .editMessage(channelId, replyId, { components: markPollPosted(components, link) })
      .catch(() => undefined);
  }
  await say("📊 Posted the poll in this channel.");
}

/** A page of a /discuss reply whose poll is posted keeps the link, not a new Make a poll. */
export function keepPollLink(
  plan: InteractionPlan,
  components: readonly APIMessageTopLevelComponent[],
): InteractionPlan {
  const link = findPollLink(components);
  const { response } = plan;
  if (link === null || response.type !== InteractionResponseType.UpdateMessage) return plan;
  const rows = response.data?.components;
  if (rows === undefined) return plan;
  return {
    ...plan,
    response: { ...response, data: { ...response.data, components: markPollPosted(rows, link) } },
  };
}
