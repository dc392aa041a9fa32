import { ApplicationCommandOptionType, ApplicationCommandType } from "discord-api-types/v10";
import { answerQuotes } from "../src/answer/quotes.ts";
import { suggestActors, suggestArticles } from "../src/answer/autocomplete.ts";
import { defineCommand } from "./define-command.ts";
import { ARTICLE_OPTION, PUBLIC_OPTION, QUERY_MAX_LENGTH, actorOption } from "./shared-options.ts";

export const quote = defineCommand(
  {
    type: ApplicationCommandType.ChatInput,
    name: "quote",
    description: "Verbatim quotes, by speaker and/or topic; with no options, one worth discussing",
    options: [
      actorOption("speaker", "Who said it"),
      {
        type: ApplicationCommandOptionType.String,
        name: "about",
        description: "Words about the topic (typos are fine)",
        max_length: QUERY_MAX_LENGTH,
      },
      ARTICLE_OPTION,
      PUBLIC_OPTION,
    ],
  } as const,
  {
    example: "/quote speaker:{person}",
    handle: (options, { kb }) =>
      answerQuotes(kb, {
        speaker: options.speaker,
        about: options.about,
        article: options.article,
      }),
    autocomplete: (focused, options, { kb }) =>
      focused.name === "article"
        ? suggestArticles(kb, focused.value)
        : suggestActors(kb, focused.value, options.article),
  },
);
