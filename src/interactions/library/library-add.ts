/** Adding to a server's library: a private deferred reply, then an edit into what was read. */
import {
  InteractionResponseType,
  MessageFlags,
  type RESTPatchAPIWebhookWithTokenMessageJSONBody,
} from "discord-api-types/v10";
import { answerAddedArticle } from "../../answer/added-article.ts";
import { renderErrorMessage } from "../../render/discord-error.ts";
import { renderDiscordMessage } from "../../render/discord-message.ts";
import { renderOpenSummaryRow } from "../../render/library-messages.ts";
import type { InteractionPlan } from "../interaction-plan.ts";
import { encodePageKey } from "../page-key.ts";
import type { LibraryAddResult, LibraryPort, LibrarySource } from "./library-port.ts";

const NO_MENTIONS = { parse: [] };

function privateLine(message: string): RESTPatchAPIWebhookWithTokenMessageJSONBody {
  const { content } = renderErrorMessage(message);
  return { content: content ?? message, allowed_mentions: NO_MENTIONS };
}

/** The edit of the deferred reply: what was read, or one line saying why nothing was added. */
export function renderAddResult(
  result: LibraryAddResult,
  addedBy: string,
): RESTPatchAPIWebhookWithTokenMessageJSONBody {
  switch (result.kind) {
    case "added": {
      // Private already: the reply was deferred as ephemeral, and an edit cannot change that.
      const data = renderDiscordMessage(answerAddedArticle(result.entry, addedBy), {
        page: 1,
        pageKey: null,
        isPrivate: false,
      });
      const summaryKey = encodePageKey({
        name: "summary",
        options: { article: result.entry.article.id },
      });
      return { ...data, components: renderOpenSummaryRow(summaryKey) };
    }
    case "duplicate":
      return privateLine(
        `Already in this server's library as ${result.existing.articleId} (“${result.existing.title}”): same ${result.sameAs === "url" ? "address" : "text"}. Kept one copy.`,
      );
    case "quota":
    case "refused":
      return privateLine(result.message);
  }
}

export interface Asker {
  readonly guildId: string;
  readonly userId: string;
  readonly name: string;
}

/**
 * Deferred as ephemeral: a refusal must stay private, and a deferred reply keeps the visibility
 * it was deferred with. The "Open /summary" button then shows the article to the channel.
 */
export function planAdd(
  command: string,
  asker: Asker,
  source: LibrarySource,
  library: LibraryPort,
): InteractionPlan {
  return {
    response: {
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral },
    },
    log: { command, outcome: "deferred" },
    followUp: async (port) => {
      let result: LibraryAddResult;
      try {
        result = await library.add(asker.guildId, asker.userId, source);
      } catch (error) {
        await port.editOriginal(
          privateLine(
            "Something went wrong on our side while adding it: check /library list before trying again.",
          ),
        );
        throw error;
      }
      await port.editOriginal(renderAddResult(result, asker.name));
    },
  };
}
