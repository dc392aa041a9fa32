/**
 * "Open a thread" and "Make a poll" under a /discuss reply. Both post to the channel for all to
 * see, so every press is checked again: a public reply, the presser's and the bot's permissions.
 */
import {
  InteractionResponseType,
  MessageFlags,
  type APIMessageComponentInteraction,
} from "discord-api-types/v10";
import type { Answer } from "../model/answer.ts";
import {
  renderDisagreementPoll,
  renderExistingPoll,
  renderExistingThread,
  renderThreadMention,
  renderThreadQuestions,
  renderThreadStart,
} from "../render/discord-discussion.ts";
import { renderErrorMessage } from "../render/discord-error.ts";
import { MissingBotTokenError } from "./discord-rest-port.ts";
import type { Dispatch } from "./dispatch.ts";
import { POSTING, type PollLedger } from "./poll-ledger.ts";
import { postPoll } from "./poll-flow.ts";
import type { InteractionPlan, InteractionPort } from "./interaction-plan.ts";
import {
  checkDiscussPress,
  describeBotLacks,
  NEEDS,
  type DiscussKind,
} from "./discuss-permissions.ts";

export interface DiscussFlowDependencies {
  readonly dispatch: Dispatch;
  /** How long a poll stays open, 1–768 hours (config: POLL_DURATION_HOURS). */
  readonly pollDurationHours: number;
  /** Which replies have their poll, so a second press links to it instead of posting again. */
  readonly polls: PollLedger;
}

const NO_MENTIONS = { parse: [] };
/** Discord error codes: a thread already exists on this message; missing permissions. */
const THREAD_ALREADY_CREATED = 160004;
const DISCORD_MISSING_PERMISSIONS = 50013;

function refuse(kind: DiscussKind, message: string): InteractionPlan {
  return {
    response: {
      type: InteractionResponseType.ChannelMessageWithSource,
      data: renderErrorMessage(message),
    },
    log: { command: kind, outcome: "user-error" },
  };
}

function errorCode(error: unknown): unknown {
  return typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
}

/** A refusal Discord or the setup explains, in words for the presser; null when unknown. */
function describeFailure(kind: DiscussKind, error: unknown): string | null {
  if (error instanceof MissingBotTokenError)
    return "This bot runs without its bot token, so it cannot post in channels. Ask the operator to set DISCORD_TOKEN.";
  if (errorCode(error) === DISCORD_MISSING_PERMISSIONS)
    return describeBotLacks(
      kind,
      NEEDS[kind].bot.map(([name]) => name),
    );
  return null;
}

async function openThread(
  port: InteractionPort,
  target: { channelId: string; messageId: string; title: string; articleId: string },
  answer: Answer,
  say: (text: string) => Promise<void>,
): Promise<void> {
  let threadId: string;
  try {
    threadId = await port.startThread(
      target.channelId,
      target.messageId,
      renderThreadStart(target.title),
    );
  } catch (error) {
    // Two presses at once: the second finds the first's thread, whose id is the message's.
    if (errorCode(error) === THREAD_ALREADY_CREATED)
      return say(
        `🧵 The discussion already has a thread: ${renderThreadMention(target.messageId)}.`,
      );
    throw error;
  }
  const questions = renderThreadQuestions(answer, target.articleId);
  for (const question of questions) await port.createMessage(threadId, question);
  const count = `${questions.length} ${questions.length === 1 ? "question" : "questions"}`;
  await say(`🧵 Opened ${renderThreadMention(threadId)} with ${count}.`);
}

/** Runs the post, reporting through `say`; unexplained failures are said and rethrown (logged). */
async function postWithReport(
  kind: DiscussKind,
  post: () => Promise<void>,
  say: (text: string) => Promise<void>,
): Promise<void> {
  try {
    await post();
  } catch (error) {
    const explained = describeFailure(kind, error);
    if (explained !== null) return say(explained);
    await say(`Discord refused the ${kind}. Try again in a moment.`);
    throw error;
  }
}

/** The discussion the button belongs to, asked again: ids carry the article, never the text. */
async function findDiscussion(
  deps: DiscussFlowDependencies,
  articleId: string,
  guildId: string | null,
) {
  // The server is the one the button was pressed in: its own library, never another's.
  const outcome = await deps.dispatch({
    name: "discuss",
    options: { article: articleId },
    guildId,
  });
  if (outcome.kind === "answer") return { ok: true as const, answer: outcome.answer };
  const message =
    outcome.kind === "user-error"
      ? outcome.message
      : "The discussion could not be built again. Run /discuss once more.";
  return { ok: false as const, message };
}

function articleTitle(answer: Answer, fallback: string): string {
  const citation = answer.sections[0]?.items[0]?.citations[0];
  return citation?.articleTitle ?? fallback;
}

export async function planDiscussAction(
  interaction: APIMessageComponentInteraction,
  kind: DiscussKind,
  articleId: string,
  deps: DiscussFlowDependencies,
): Promise<InteractionPlan> {
  const refusal = checkDiscussPress(interaction, kind);
  if (refusal !== null) return refuse(kind, refusal);
  const thread = interaction.message.thread;
  if (kind === "thread" && thread !== undefined) {
    return {
      response: {
        type: InteractionResponseType.ChannelMessageWithSource,
        data: renderExistingThread(thread.id),
      },
      log: { command: kind, outcome: "answer" },
    };
  }
  const poll = kind === "poll" ? deps.polls.find(interaction.message.id) : null;
  if (poll !== null) {
    return {
      response: {
        type: InteractionResponseType.ChannelMessageWithSource,
        data: renderExistingPoll(poll === POSTING ? null : poll),
      },
      log: { command: kind, outcome: "answer" },
    };
  }
  const discussion = await findDiscussion(deps, articleId, interaction.guild_id ?? null);
  if (!discussion.ok) return refuse(kind, discussion.message);
  const { answer } = discussion;
  const disagreement = answer.disagreement;
  if (kind === "poll" && disagreement === undefined)
    return refuse(kind, "No two people in this article disagree, so there is nothing to poll.");
  // An older button may outlive its questions (the library changed): no empty thread.
  if (kind === "thread" && !answer.sections.some((section) => section.items.length > 0))
    return refuse(kind, "This article has no discussion questions to post in a thread.");
  const channelId = interaction.channel?.id ?? interaction.message.channel_id;
  const title = articleTitle(answer, articleId);
  return {
    response: {
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral },
    },
    log: { command: kind, outcome: "deferred" },
    followUp: (port) => {
      const say = async (content: string) => {
        await port.editOriginal({ content, allowed_mentions: NO_MENTIONS });
      };
      const target = { channelId, messageId: interaction.message.id, title, articleId };
      const post =
        kind === "thread" || disagreement === undefined
          ? () => openThread(port, target, answer, say)
          : () =>
              postPoll(port, { interaction, channelId, polls: deps.polls }, say, () =>
                renderDisagreementPoll(disagreement, {
                  durationHours: deps.pollDurationHours,
                  articleId,
                  title,
                }),
              );
      return postWithReport(kind, post, say);
    },
  };
}
