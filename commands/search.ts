import { ApplicationCommandOptionType, ApplicationCommandType } from "discord-api-types/v10";
import { answerSearch } from "../src/answer/search.ts";
import { suggestArticles } from "../src/answer/autocomplete.ts";
import { defineCommand } from "./define-command.ts";
import { ARTICLE_OPTION, PUBLIC_OPTION, QUERY_MAX_LENGTH } from "./shared-options.ts";

export const search = defineCommand(
  {
    type: ApplicationCommandType.ChatInput,
    name: "search",
    description: "Find passages by words, typos forgiven, with the matches highlighted",
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "query",
        description: "Words to look for",
        required: true,
        max_length: QUERY_MAX_LENGTH,
      },
      ARTICLE_OPTION,
      PUBLIC_OPTION,
    ],
  } as const,
  {
    example: "/search query:fentanyl precursors",
    handle: (options, { kb }) =>
      answerSearch(kb, { query: options.query, article: options.article }),
    autocomplete: (focused, _options, { kb }) => suggestArticles(kb, focused.value),
  },
);
