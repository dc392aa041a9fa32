import { answerDiscuss } from "../src/answer/discuss.ts";
import { defineArticleCommand } from "./define-command.ts";

export const discuss = defineArticleCommand({
  name: "discuss",
  description: "Discussion questions built from where the people in the article disagree",
  example: "/discuss",
  answer: answerDiscuss,
});
