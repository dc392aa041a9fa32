import { ApplicationCommandType } from "discord-api-types/v10";
import { answerDiscuss } from "../src/answer/discuss.ts";
import { suggestArticles } from "../src/answer/autocomplete.ts";
import { defineCommand } from "./define-command.ts";
import { ARTICLE_OPTION, PUBLIC_OPTION } from "./shared-options.ts";

export const discuss = defineCommand(
  {
    type: ApplicationCommandType.ChatInput,
    name: "discuss",
    description: "Discussion questions built from where the people in the article disagree",
    options: [ARTICLE_OPTION, PUBLIC_OPTION],
  } as const,
  {
    example: "/discuss",
    handle: (options, { kb }) => answerDiscuss(kb, { article: options.article }),
    autocomplete: (focused, _options, { kb }) => suggestArticles(kb, focused.value),
  },
);
