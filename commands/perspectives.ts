import { ApplicationCommandType } from "discord-api-types/v10";
import { answerPerspectives } from "../src/answer/perspectives.ts";
import { suggestArticles } from "../src/answer/autocomplete.ts";
import { defineCommand } from "./define-command.ts";
import { ARTICLE_OPTION, PUBLIC_OPTION } from "./shared-options.ts";

export const perspectives = defineCommand(
  {
    type: ApplicationCommandType.ChatInput,
    name: "perspectives",
    description: "Who supports, who opposes, who is neutral — and whose voice is missing",
    options: [ARTICLE_OPTION, PUBLIC_OPTION],
  } as const,
  {
    example: "/perspectives",
    handle: (options, { kb }) => answerPerspectives(kb, { article: options.article }),
    autocomplete: (focused, _options, { kb }) => suggestArticles(kb, focused.value),
  },
);
