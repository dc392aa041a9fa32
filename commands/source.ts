import { ApplicationCommandType } from "discord-api-types/v10";
import { answerSource } from "../src/answer/source.ts";
import { suggestArticles } from "../src/answer/autocomplete.ts";
import { defineCommand } from "./define-command.ts";
import { ARTICLE_OPTION, PUBLIC_OPTION } from "./shared-options.ts";

export const source = defineCommand(
  {
    type: ApplicationCommandType.ChatInput,
    name: "source",
    description: "The article's details and citations ready to paste (APA, MLA, Chicago)",
    options: [ARTICLE_OPTION, PUBLIC_OPTION],
  } as const,
  {
    example: "/source",
    handle: (options, { kb }) => answerSource(kb, { article: options.article }),
    autocomplete: (focused, _options, { kb }) => suggestArticles(kb, focused.value),
  },
);
