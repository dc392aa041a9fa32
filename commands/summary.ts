import { ApplicationCommandType } from "discord-api-types/v10";
import { answerSummary } from "../src/answer/summary.ts";
import { suggestArticles } from "../src/answer/autocomplete.ts";
import { defineCommand } from "./define-command.ts";
import { ARTICLE_OPTION, PUBLIC_OPTION } from "./shared-options.ts";

export const summary = defineCommand(
  {
    type: ApplicationCommandType.ChatInput,
    name: "summary",
    description: "A cited briefing fit to pin: what happened, key dates, perspectives",
    options: [ARTICLE_OPTION, PUBLIC_OPTION],
  } as const,
  {
    example: "/summary",
    handle: (options, { kb }) => answerSummary(kb, { article: options.article }),
    autocomplete: (focused, _options, { kb }) => suggestArticles(kb, focused.value),
  },
);
