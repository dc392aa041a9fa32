import { answerSource } from "../src/answer/source.ts";
import { defineArticleCommand } from "./define-command.ts";

export const source = defineArticleCommand({
  name: "source",
  description: "The article's details and citations ready to paste (APA, MLA, Chicago)",
  example: "/source",
  answer: answerSource,
});
