import { answerPerspectives } from "../src/answer/perspectives.ts";
import { defineArticleCommand } from "./define-command.ts";

export const perspectives = defineArticleCommand({
  name: "perspectives",
  description: "Who supports, who opposes, who is neutral — and whose voice is missing",
  example: "/perspectives",
  answer: answerPerspectives,
});
