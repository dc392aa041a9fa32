import { ApplicationCommandType } from "discord-api-types/v10";
import { answerHelp } from "../src/answer/help.ts";
import { defineCommand } from "./define-command.ts";
import { PUBLIC_OPTION } from "./shared-options.ts";

export const help = defineCommand(
  {
    type: ApplicationCommandType.ChatInput,
    name: "help",
    description: "What each command does, with an example",
    options: [PUBLIC_OPTION],
  } as const,
  {
    example: "/help",
    handle: (_options, { kb, commands }) => answerHelp(kb, commands),
  },
);
