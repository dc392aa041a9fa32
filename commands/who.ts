import { ApplicationCommandType } from "discord-api-types/v10";
import { answerWho } from "../src/answer/who.ts";
import { suggestActors, suggestArticles } from "../src/answer/autocomplete.ts";
import { defineCommand } from "./define-command.ts";
import { ARTICLE_OPTION, PUBLIC_OPTION, actorOption } from "./shared-options.ts";

export const who = defineCommand(
  {
    type: ApplicationCommandType.ChatInput,
    name: "who",
    description: "Who someone is: role, first appearance, quotes and stance — or the whole cast",
    options: [
      actorOption("name", "A person or organisation (leave out for the cast)"),
      ARTICLE_OPTION,
      PUBLIC_OPTION,
    ],
  } as const,
  {
    example: "/who name:{person}",
    handle: (options, { kb }) => answerWho(kb, { name: options.name, article: options.article }),
    autocomplete: (focused, options, { kb }) =>
      focused.name === "article"
        ? suggestArticles(kb, focused.value)
        : suggestActors(kb, focused.value, options.article),
  },
);
