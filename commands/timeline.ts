import { ApplicationCommandType } from "discord-api-types/v10";
import { answerTimeline } from "../src/answer/timeline.ts";
import { suggestActors, suggestArticles } from "../src/answer/autocomplete.ts";
import { defineCommand } from "./define-command.ts";
import { ARTICLE_OPTION, PUBLIC_OPTION, actorOption } from "./shared-options.ts";

export const timeline = defineCommand(
  {
    type: ApplicationCommandType.ChatInput,
    name: "timeline",
    description: "What happened when, in date order, with how each relative date was worked out",
    options: [
      ARTICLE_OPTION,
      actorOption("actor", "Only events that involve this person or organisation"),
      PUBLIC_OPTION,
    ],
  } as const,
  {
    example: "/timeline actor:{person}",
    handle: (options, { kb }) =>
      answerTimeline(kb, { article: options.article, actor: options.actor }),
    autocomplete: (focused, options, { kb }) =>
      focused.name === "article"
        ? suggestArticles(kb, focused.value)
        : suggestActors(kb, focused.value, options.article),
  },
);
