import { ApplicationCommandType } from "discord-api-types/v10";
import { answerCheck } from "../src/answer/check.ts";
import { defineMessageCommand } from "./define-command.ts";

/** A message context-menu command: right-click a message → Apps → Check against articles. */
export const checkAgainstArticles = defineMessageCommand(
  { type: ApplicationCommandType.Message, name: "Check against articles" },
  {
    example: "/check-against-articles {person} said the decision was right",
    handle: (options, { kb }) => answerCheck(kb, { text: options.text }),
  },
);
