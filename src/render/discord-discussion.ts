/**
 * /discuss moved into Discord itself: the thread's name and its question messages, and the
 * poll on the first disagreement. Every string is cleaned here and cut to Discord's limits.
 */
import {
  MessageFlags,
  type APIInteractionResponseCallbackData,
  type RESTPostAPIChannelMessageJSONBody,
  type RESTPostAPIChannelMessagesThreadsJSONBody,
} from "discord-api-types/v10";
import type { Answer, Disagreement, Position } from "../model/answer.ts";
import { renderCitationsDiscord } from "./citation.ts";
import { renderItemLine } from "./discord-message.ts";
import { neutralizeMentions, toSingleLine, truncateText } from "./escape.ts";
import { renderInlinesDiscord } from "./inline.ts";
import { MESSAGE_CONTENT_MAX } from "./limits.ts";
import { listPageEntries } from "./paginate.ts";

/** channel.mdx "Start Thread from Message": name 1–100 characters. */
export const THREAD_NAME_MAX = 100;
/** poll.mdx: question text ≤ 300, ≤ 10 answers of ≤ 55, open for up to 32 days. */
export const POLL_QUESTION_MAX = 300;
export const POLL_ANSWERS_MAX = 10;
export const POLL_ANSWER_MAX = 55;
export const POLL_DURATION_HOURS_MAX = 768;
/** A week without messages before the thread leaves the channel list (a study group's rhythm). */
const THREAD_ARCHIVE_MINUTES = 10_080;
const NO_MENTIONS = { parse: [] };
const UNDECIDED = "Not sure yet";
const QUOTE_IN_POLL_MAX = 300;

const SNOWFLAKE = /^\d{1,20}$/;

/** `<#id>`, a link to the thread that pings no one; only a real id is ever written in one. */
export function renderThreadMention(threadId: string): string {
  return SNOWFLAKE.test(threadId) ? `<#${threadId}>` : "its thread";
}

/** The private answer to a press on a reply that already has its thread. */
export function renderExistingThread(threadId: string): APIInteractionResponseCallbackData {
  return {
    content: `🧵 The discussion already has a thread: ${renderThreadMention(threadId)}.`,
    allowed_mentions: NO_MENTIONS,
    flags: MessageFlags.Ephemeral,
  };
}

/** The private answer to a press on a reply whose poll is posted (a link) or being posted (null). */
export function renderExistingPoll(pollLink: string | null): APIInteractionResponseCallbackData {
  return {
    content:
      pollLink === null
        ? "📊 This discussion's poll is being posted right now."
        : `📊 This discussion already has its poll: ${pollLink}`,
    allowed_mentions: NO_MENTIONS,
    flags: MessageFlags.Ephemeral,
  };
}

/** A channel name is shown verbatim (no markdown), so it only needs cleaning and a cut. */
function toPlainLine(text: string, max: number): string {
  return truncateText(neutralizeMentions(toSingleLine(text)).replace(/\s+/g, " ").trim(), max);
}

/** "Discussion: <title>", within 100 characters; never empty. */
export function renderThreadStart(title: string): RESTPostAPIChannelMessagesThreadsJSONBody {
  const name = toPlainLine(`Discussion: ${title}`, THREAD_NAME_MAX);
  return { name: name === "" ? "Discussion" : name, auto_archive_duration: THREAD_ARCHIVE_MINUTES };
}

/** One message per discussion question, numbered, each with its citations. */
export function renderThreadQuestions(
  answer: Answer,
  articleId: string,
): RESTPostAPIChannelMessageJSONBody[] {
  const entries = listPageEntries(answer);
  return entries.map((entry, index) => {
    const line = renderItemLine(entry.item, articleId).replace(/^• /u, "");
    const content = `**Question ${index + 1} of ${entries.length}** · ${line}`;
    return {
      content: truncateText(content, MESSAGE_CONTENT_MAX),
      allowed_mentions: NO_MENTIONS,
      // The citations link the article; one preview card per question would bury the questions.
      flags: MessageFlags.SuppressEmbeds,
    };
  });
}

function stanceWord(position: Position): string {
  return position.stance === "neutral" ? "neutral" : position.stance;
}

/** "Mao Ning (opposes)": the name is cut first so the side always shows. */
function renderAnswerText(position: Position): string {
  const side = ` (${stanceWord(position)})`;
  const name = toPlainLine(position.voice, POLL_ANSWER_MAX - side.length);
  return `${name === "" ? "Someone" : name}${side}`;
}

function renderPositionLine(position: Position, articleId: string): string {
  const words = renderInlinesDiscord(
    [
      { text: toSingleLine(position.voice), style: "bold" },
      { text: ` (${stanceWord(position)}): `, style: "plain" },
      ...position.words.map((inline) => ({ ...inline, text: toSingleLine(inline.text) })),
    ],
    QUOTE_IN_POLL_MAX,
  );
  const citations = renderCitationsDiscord(position.citations, undefined, articleId);
  return `• ${words}${citations === "" ? "" : ` — ${citations}`}`;
}

export interface PollOptions {
  /** Hours the poll stays open, 1–768. */
  readonly durationHours: number;
  readonly articleId: string;
  readonly title: string;
}

/**
 * The poll message: the sides with their ¶ in its content (a poll answer has no room for a
 * citation), the point as the question, one answer per voice plus "Not sure yet".
 */
export function renderDisagreementPoll(
  disagreement: Disagreement,
  options: PollOptions,
): RESTPostAPIChannelMessageJSONBody {
  const point = toPlainLine(disagreement.point, POLL_QUESTION_MAX).replace(/[.!?…]+$/u, "");
  const ask = " — who makes the better case?";
  const question = `${truncateText(point, POLL_QUESTION_MAX - ask.length)}${ask}`;
  const voices = disagreement.positions
    .slice(0, POLL_ANSWERS_MAX - 1)
    .map((position) => ({ poll_media: { text: renderAnswerText(position) } }));
  const title = renderInlinesDiscord([{ text: toSingleLine(options.title), style: "plain" }], 200);
  const lines = disagreement.positions.map((p) => renderPositionLine(p, options.articleId));
  const content = [`📊 Where the people in “${title}” disagree:`, ...lines].join("\n");
  return {
    content: truncateText(content, MESSAGE_CONTENT_MAX),
    allowed_mentions: NO_MENTIONS,
    flags: MessageFlags.SuppressEmbeds,
    poll: {
      question: { text: question },
      answers: [...voices, { poll_media: { text: UNDECIDED } }],
      duration: Math.min(Math.max(Math.round(options.durationHours), 1), POLL_DURATION_HOURS_MAX),
      allow_multiselect: false,
    },
  };
}
