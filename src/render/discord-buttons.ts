/** Prev/Next, Pin/Edit and Thread/Poll buttons, whose ids carry everything a click needs. */
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIButtonComponentWithURL,
  type APIMessageTopLevelComponent,
  type APIComponentInMessageActionRow,
} from "discord-api-types/v10";
import type { Answer } from "../model/answer.ts";
import { formatCustomId, parseCustomId, type CustomIdAction } from "./custom-id.ts";

export type MessageRow = APIActionRowComponent<APIComponentInMessageActionRow>;

/** Said in the footer when more pages exist but no button can reach them. */
export const NARROW_QUERY_NOTE = "More results than fit here: narrow the query to see the rest.";

function createButton(
  label: string,
  customId: string,
  style: ButtonStyle.Primary | ButtonStyle.Secondary,
  isDisabled = false,
): APIButtonComponentWithCustomId {
  return { type: ComponentType.Button, style, label, custom_id: customId, disabled: isDisabled };
}

function formatIds(actions: readonly CustomIdAction[]): string[] | null {
  const ids: string[] = [];
  for (const action of actions) {
    const id = formatCustomId(action);
    if (!id.ok) return null;
    ids.push(id.value);
  }
  return ids;
}

/**
 * Prev and Next for page `page` of `pageCount`. A disabled button points at the current page so
 * the two ids always differ. Null when the request key is missing or too long for an id.
 */
export function renderPageRow(
  page: number,
  pageCount: number,
  pageKey: string | null,
): MessageRow | null {
  if (pageKey === null) return null;
  const previous = Math.max(page - 1, 1);
  const next = Math.min(page + 1, pageCount);
  const ids = formatIds([
    { kind: "page", page: page > 1 ? previous : page, pageKey },
    { kind: "page", page: page < pageCount ? next : page, pageKey },
  ]);
  if (ids === null) return null;
  const [previousId = "", nextId = ""] = ids;
  return {
    type: ComponentType.ActionRow,
    components: [
      createButton("◀ Prev", previousId, ButtonStyle.Secondary, page <= 1),
      createButton("Next ▶", nextId, ButtonStyle.Secondary, page >= pageCount),
    ],
  };
}

/** The article a pinnable answer is about: the first one it cites. */
function findSubjectArticleId(answer: Answer): string | null {
  for (const section of answer.sections) {
    for (const item of section.items) {
      const citation = item.citations[0];
      if (citation) return citation.articleId;
    }
  }
  return null;
}

/** Pin and Edit when the answer offers pinning and cites an article whose id fits in an id. */
export function renderPinRow(answer: Answer): MessageRow | null {
  const articleId = findSubjectArticleId(answer);
  if (!answer.actions.includes("pin") || articleId === null) return null;
  const ids = formatIds([
    { kind: "pin", articleId },
    { kind: "edit", articleId },
  ]);
  if (ids === null) return null;
  const [pinId = "", editId = ""] = ids;
  return {
    type: ComponentType.ActionRow,
    components: [
      createButton("📌 Pin", pinId, ButtonStyle.Primary),
      createButton("✏️ Edit", editId, ButtonStyle.Secondary),
    ],
  };
}

/**
 * "Open a thread" and "Make a poll" under a public /discuss reply. A private reply gets neither:
 * Discord starts no thread on an ephemeral message, and a poll would show the channel what its
 * asker chose to keep private.
 */
export function renderDiscussRow(answer: Answer, isPrivate: boolean): MessageRow | null {
  const articleId = findSubjectArticleId(answer);
  if (isPrivate || articleId === null) return null;
  const buttons = [
    { kind: "thread", label: "🧵 Open a thread" },
    { kind: "poll", label: "📊 Make a poll" },
  ] as const;
  const offered = buttons.filter((button) => answer.actions.includes(button.kind));
  const ids = formatIds(offered.map((button) => ({ kind: button.kind, articleId })));
  if (ids === null || offered.length === 0) return null;
  return {
    type: ComponentType.ActionRow,
    components: offered.map((button, index) =>
      createButton(button.label, ids[index] ?? "", ButtonStyle.Secondary),
    ),
  };
}

/** Where a posted message is: a link Discord opens at the message. */
export function formatMessageLink(
  guildId: string | null,
  channelId: string,
  messageId: string,
): string {
  return `https://discord.com/channels/${guildId ?? "@me"}/${channelId}/${messageId}`;
}

/**
 * A /discuss reply's rows once its poll is posted: "Make a poll" becomes a link to the poll, so
 * nobody posts a second one, and the other buttons stay as they were.
 */
export function markPollPosted(
  components: readonly APIMessageTopLevelComponent[],
  pollLink: string,
): APIMessageTopLevelComponent[] {
  return components.map((row) =>
    row.type !== ComponentType.ActionRow
      ? row
      : {
          ...row,
          components: row.components.map((component) => {
            const action =
              component.type === ComponentType.Button && "custom_id" in component
                ? parseCustomId(component.custom_id)
                : null;
            if (action?.ok !== true || action.value.kind !== "poll") return component;
            const link: APIButtonComponentWithURL = {
              type: ComponentType.Button,
              style: ButtonStyle.Link,
              label: POLL_POSTED,
              url: pollLink,
            };
            return link;
          }),
        },
  );
}

export const POLL_POSTED = "📊 See the poll";

/** The link markPollPosted left on a reply, or null: a page click keeps it on the new page. */
export function findPollLink(components: readonly APIMessageTopLevelComponent[]): string | null {
  for (const row of components) {
    if (row.type !== ComponentType.ActionRow) continue;
    for (const component of row.components) {
      if (
        component.type === ComponentType.Button &&
        component.style === ButtonStyle.Link &&
        component.label === POLL_POSTED
      ) {
        return component.url;
      }
    }
  }
  return null;
}
